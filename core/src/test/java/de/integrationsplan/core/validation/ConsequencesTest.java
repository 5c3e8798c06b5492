package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One mistake, one root: the goal a mistyped reference meant is linked to that reference. */
final class ConsequencesTest {

  /** The base plan with the housing measure's goal id mistyped: the housing goal is left without a measure. */
  private static IntegrationPlan mistyped() {
    return Variants.replaceMeasure(Variants.base(), 2, m -> serving(m, "g-hous"));
  }

  private static Measure serving(Measure m, String goalId) {
    return new Measure(m.id(), List.of(goalId), m.kind(), m.description(), m.responsible(), m.provider(), m.status(),
        m.plannedStart(), m.plannedEnd(), m.actualStart(), m.actualEnd());
  }

  @Test
  void aGoalLeftWithoutAMeasureIsLinkedToTheMistypedReference() {
    for (ValidationReport report : List.of(Variants.GERMAN.validate(mistyped()),
        Variants.GERMAN.validate(PlanJson.create().write(mistyped())))) {
      ValidationIssue root = report.issues().stream().filter(i -> i.code().equals("plan.measure.unknownGoal"))
          .findFirst().orElseThrow();
      ValidationIssue consequence = report.issues().stream().filter(i -> i.code().equals("plan.goal.withoutMeasure"))
          .findFirst().orElseThrow();
      assertThat(root.pointer()).isEqualTo("/measures/2/goalIds/0");
      assertThat(root.cause()).isNull();
      assertThat(consequence.cause()).isEqualTo(new ValidationIssue.Cause("plan.measure.unknownGoal", "/measures/2/goalIds/0"));
      assertThat(consequence.cause().is(root)).isTrue();
      assertThat(report.consequencesOf(root)).containsExactly(consequence);
      assertThat(report.consequencesOf(consequence)).isEmpty();
      assertThat(consequence.message()).endsWith(
          "Vermutlich eine Folge von: Maßnahme 3 › Ziele der Maßnahme, Eintrag 1.");
      assertThat(consequence.toString()).endsWith("(cause: plan.measure.unknownGoal at /measures/2/goalIds/0)");
    }
    assertThat(Variants.ENGLISH.validate(mistyped()).warnings()).extracting(ValidationIssue::message)
        .singleElement().asString().endsWith("Probably a consequence of: Measure 3 › Goals of the measure, entry 1.");
  }

  @Test
  void aGoalFarFromEveryUnknownReferenceIsNotLinkedWhenThereAreSeveral() {
    IntegrationPlan plan = Variants.replaceMeasure(mistyped(), 0, m -> serving(m, "zzzzzz"));
    ValidationReport report = Variants.GERMAN.validate(plan);
    assertThat(report.issues()).filteredOn(i -> i.code().equals("plan.goal.withoutMeasure"))
        .extracting(ValidationIssue::cause)
        .containsExactlyInAnyOrder(new ValidationIssue.Cause("plan.measure.unknownGoal", "/measures/2/goalIds/0"), null);
  }

  @Test
  void aReportWithoutBothKindsLinksNothing() {
    assertThat(Variants.GERMAN.validate(Variants.base()).issues()).allSatisfy(i -> assertThat(i.cause()).isNull());
  }
}
