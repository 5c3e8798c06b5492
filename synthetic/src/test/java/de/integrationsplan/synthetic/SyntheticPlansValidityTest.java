package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every generated plan is valid: no errors and no warnings, by the rules. The testing module checks
 * generated plans as JSON documents (structure, schema and rules): {@code SyntheticDocumentsTest} and
 * {@code AgreementProperties} there; it depends on this module, so this module cannot depend on it.
 */
final class SyntheticPlansValidityTest {

  private static final PlanValidator RULES = PlanValidator.create();

  static List<String> findings(SyntheticPlans generator, long count) {
    List<String> findings = new ArrayList<>();
    generator.stream(count).forEach(plan -> {
      ValidationReport report = RULES.validate(plan);
      report.issues().forEach(i -> findings.add(plan.id() + " " + i.severity() + " " + i.pointer() + " " + i.code()));
    });
    return findings;
  }

  @Test
  void twoThousandPlansPassTheRulesWithoutAnyIssue() {
    assertThat(findings(SyntheticPlans.builder().seed(7).build(), 2_000)).isEmpty();
  }

  @Test
  void plansAtAnEarlierReferenceDatePassTheRules() {
    SyntheticPlans generator = SyntheticPlans.builder().seed(11).referenceDate(LocalDate.of(2023, 3, 15)).build();
    assertThat(findings(generator, 500)).isEmpty();
  }

  @Test
  void plansSurviveAJsonRoundTripUnchanged() {
    PlanJson json = PlanJson.create();
    SyntheticPlans.withSeed(3).stream(200).forEach(plan -> {
      String written = json.write(plan);
      IntegrationPlan read = json.read(written, IntegrationPlan.class);
      assertThat(json.write(read)).isEqualTo(written);
    });
  }

  @Test
  void plansCarryNoIdentifyingDataButTheSyntheticMarker() {
    SyntheticPlans.withSeed(5).stream(500).forEach(plan -> {
      assertThat(plan.person().identifyingData()).isNull();
      assertThat(plan.person().pseudonym()).startsWith("syn-");
      assertThat(plan.extensions()).anySatisfy(e -> assertThat(e.url()).isEqualTo(SyntheticPlans.MARKER_URL));
    });
  }
}
