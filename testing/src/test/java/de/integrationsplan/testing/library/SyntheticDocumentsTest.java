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

  @Test
  void fiveHundredPlansOfTheSecondFormatPassSchemaAndRulesAsJsonDocuments() {
    PlanValidator validator = PlanValidator.create();
    PlanJson json = PlanJson.create();
    List<String> findings = new ArrayList<>();
    SyntheticPlans generator = SyntheticPlans.builder().seed(42).build();
    for (long i = 0; i < 500; i++) {
      var plan = generator.plan(i, de.integrationsplan.core.model.v2.IntegrationPlan.class);
      ValidationReport report = validator.validate(json.write(plan));
      assertThat(report.plan()).as("plan %s read in format 2.0", i)
          .isInstanceOf(de.integrationsplan.core.model.v2.IntegrationPlan.class);
      report.issues().forEach(issue -> findings.add(plan.id() + " " + issue.source() + " " + issue.severity() + " "
          + issue.pointer() + " " + issue.code()));
    }
    assertThat(findings).isEmpty();
  }
}
