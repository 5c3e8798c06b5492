package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated plans pass the structure and the rules as JSON documents, as the software that
 * receives them sees them: the plans a vendor's mutants start from are valid.
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
