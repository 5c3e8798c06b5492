package de.integrationsplan.core.model.v1;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.testing.CanaryPlans;
import de.integrationsplan.core.testing.ModelGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** toString() never prints personal data: a canary in every String never shows up. */
final class ToStringPrivacyTest {

  /** The technical ids that toString() prints on purpose. */
  private static final Set<String> PRINTED_IDS = Set.of("Goal.id", "Measure.id", "Qualification.id", "GoalReview.goalId");

  private final IntegrationPlan plan = CanaryPlans.everyStringACanary();

  @Test
  void everyStringInTheCanaryPlanIsACanaryExceptPrintedIds() {
    List<String> notCanaries = new ArrayList<>();
    int[] strings = {0};
    ModelGraph.visit(plan, (path, value) -> {
      if (value instanceof String s) {
        strings[0]++;
        String component = path.replaceAll("[\\[{].*$", "");
        if (!s.contains(CanaryPlans.MARKER) && !PRINTED_IDS.contains(component)) {
          notCanaries.add(path + "=" + s);
        }
      }
    });
    assertThat(notCanaries).isEmpty();
    assertThat(strings[0]).isGreaterThan(50);
  }

  @Test
  void canaryPlanReachesEveryRecordType() {
    assertThat(ModelGraph.records(plan).stream().<Class<?>>map(Object::getClass).distinct().toList())
        .containsExactlyInAnyOrderElementsOf(ModelGraph.recordTypes());
  }

  @Test
  void planToStringPrintsIdAndStatusOnly() {
    assertThat(plan.toString())
        .isEqualTo("IntegrationPlan[id=3f1c2a9e-8b7d-4c55-9a61-0d2e4f6a8b10, status=COMPLETED]")
        .doesNotContain(CanaryPlans.MARKER);
  }

  @TestFactory
  Stream<DynamicTest> toStringOfEveryReachableRecordHasNoCanary() {
    return ModelGraph.records(plan).stream().map(r -> DynamicTest.dynamicTest(
        r.getClass().getSimpleName(), () -> assertThat(r.toString()).doesNotContain(CanaryPlans.MARKER)));
  }

  @Test
  void toStringOfListsOfRecordsHasNoCanary() {
    assertThat(plan.goals().toString()).doesNotContain(CanaryPlans.MARKER);
    assertThat(plan.person().toString()).doesNotContain(CanaryPlans.MARKER);
    assertThat(plan.competenceProfile().qualifications().toString()).doesNotContain(CanaryPlans.MARKER);
    assertThat(plan.extensions().toString()).doesNotContain(CanaryPlans.MARKER);
  }

  @Test
  void technicalIdsArePrintedOnPurpose() {
    assertThat(plan.goals().get(0).toString()).isEqualTo("Goal[id=g1]");
    assertThat(plan.measures().get(0).toString()).isEqualTo("Measure[id=m1]");
    assertThat(plan.competenceProfile().qualifications().get(0).toString()).isEqualTo("Qualification[id=q1]");
    assertThat(plan.reviews().get(0).goalReviews().get(0).toString()).isEqualTo("GoalReview[goalId=g1]");
  }

  @Test
  void redactedRecordsNameOnlyTheirType() {
    for (Record r : ModelGraph.records(plan)) {
      if (!(r instanceof IntegrationPlan || r instanceof Goal || r instanceof Measure
          || r instanceof Qualification || r instanceof GoalReview)) {
        assertThat(r.toString()).isEqualTo(r.getClass().getSimpleName() + "[redacted]");
      }
    }
  }
}
