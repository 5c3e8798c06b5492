package de.integrationsplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reference verdicts: the library's complete one and networknt's of the schema alone agree on
 * the structure; only the library's has the rules.
 */
final class ReferenceOracleTest {

  private static final ReferenceOracle REFERENCE = ReferenceOracle.create();
  private static final PlanMutations MUTATIONS = PlanMutations.create();
  private static final IntegrationPlan PLAN = SyntheticPlans.withSeed(7).plan(0);
  private static final String JSON = PlanJson.create().write(PLAN);

  @Test
  void findsNothingInAGeneratedPlan() {
    assertThat(REFERENCE.verdict(JSON).findings()).isEmpty();
    assertThat(REFERENCE.schemaVerdict(JSON).findings()).isEmpty();
    assertThat(REFERENCE.verdict(PLAN).findings()).isEmpty();
  }

  @Test
  void bothVerdictsNameAStructuralMutantAtItsPointer() {
    Random random = new Random(11);
    for (int i = 0; i < 50; i++) {
      Mutant m = MUTATIONS.structural(SyntheticPlans.withSeed(7).plan(i), random);
      Verdict complete = REFERENCE.verdict(m.document());
      assertThat(complete.structural()).as("%s", m).extracting(Finding::pointer).contains(m.pointer());
      assertThat(complete.rules()).as("no rules on a document that was not read").isEmpty();
      assertThat(REFERENCE.schemaVerdict(m.document())).as("%s", m).isEqualTo(complete);
      assertThat(REFERENCE.schemaVerdict(m.text())).isEqualTo(REFERENCE.verdict(m.text()));
    }
  }

  @Test
  void onlyTheCompleteVerdictHasTheRules() {
    String goal = JSON.contains("\"goalIds\":[\"") ? JSON.replaceFirst("\"goalIds\":\\[\"[^\"]+\"", "\"goalIds\":[\"g-unknown\"")
        : JSON;
    assertThat(goal).as("the plan has a measure for a goal").isNotEqualTo(JSON);

    assertThat(REFERENCE.verdict(goal).rules()).extracting(Finding::code).contains("plan.measure.unknownGoal");
    assertThat(REFERENCE.schemaVerdict(goal).findings()).isEmpty();
  }
}
