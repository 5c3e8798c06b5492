package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.profile;
import static de.integrationsplan.core.validation.Variants.validate;
import static de.integrationsplan.core.validation.Variants.withGoals;
import static de.integrationsplan.core.validation.Variants.withMeasures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.MeasureKind;
import de.integrationsplan.core.model.v1.Qualification;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plan.id.duplicate: goal, measure and qualification ids, each kind on its own. */
final class UniqueIdsRuleTest {

  private static final String CODE = "plan.id.duplicate";

  private static IntegrationPlan plusGoal(Goal goal) {
    List<Goal> goals = new ArrayList<>(base().goals());
    goals.add(goal);
    return withGoals(base(), goals);
  }

  private static IntegrationPlan plusMeasure(Measure measure) {
    List<Measure> measures = new ArrayList<>(base().measures());
    measures.add(measure);
    return withMeasures(base(), measures);
  }

  private static IntegrationPlan plusQualification(Qualification q) {
    return profile(base(), p -> {
      p.qualifications.add(q);
      return p;
    });
  }

  @Test
  void rejectsDuplicateGoalIdAtSecondOccurrence() {
    Goal again = Goal.builder("g-house", GoalArea.OTHER, "Noch einmal").status(GoalStatus.PROPOSED).build();
    assertOnlyError(plusGoal(again), CODE, "/goals/6/id");
  }

  @Test
  void rejectsDuplicateMeasureIdAtSecondOccurrence() {
    assertOnlyError(plusMeasure(Measure.builder("m2", MeasureKind.OTHER, ResponsibleParty.PERSON).goal("g-lang").build()),
        CODE, "/measures/3/id");
  }

  @Test
  void rejectsDuplicateQualificationIdAtSecondOccurrence() {
    assertOnlyError(plusQualification(Qualification.builder("q1", "Abitur").build()), CODE,
        "/competenceProfile/qualifications/1/id");
  }

  @Test
  void reportsEveryRepetitionOfAnId() {
    Goal again = Goal.builder("g-house", GoalArea.OTHER, "Noch einmal").build();
    List<Goal> goals = new ArrayList<>(base().goals());
    goals.add(again);
    goals.add(again);
    assertThat(validate(withGoals(base(), goals)).issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(tuple(CODE, "/goals/6/id"), tuple(CODE, "/goals/7/id"));
  }

  @Test
  void acceptsSameIdForGoalMeasureAndQualification() {
    IntegrationPlan plan = plusQualification(Qualification.builder("g-lang", "Abitur").build());
    List<Measure> measures = new ArrayList<>(plan.measures());
    measures.add(Measure.builder("g-lang", MeasureKind.OTHER, ResponsibleParty.PERSON).goal("g-lang").build());
    assertClean(withMeasures(plan, measures));
  }

  @Test
  void treatsIdsAsCaseSensitive() {
    assertClean(plusGoal(Goal.builder("G-HOUSE", GoalArea.OTHER, "Andere Schreibweise").build()));
  }
}
