package de.integrationsplan.schema;

import de.integrationsplan.core.validation.PlanValidator;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated plans pass schema and rules as JSON documents. (Moved here from the synthetic module,
 * which cannot depend on this module now that this module's tests depend on it.)
 */
final class SyntheticDocumentsTest {

  @Test
  void fiveHundredPlansPassSchemaAndRulesAsJsonDocuments() {
    PlanValidator validator = PlanValidator.create();
    PlanJson json = PlanJson.create();
    List<String> findings = new ArrayList<>();
    SyntheticPlans.builder().seed(42).build().stream(500).forEach(plan -> {
      ValidationReport report = validator.validate(json.write(plan));
      report.issues().forEach(i -> findings.add(plan.id() + " " + i.source() + " " + i.severity() + " " + i.pointer() + " " + i.code()));
    });
    assertThat(findings).isEmpty();
  }
}
