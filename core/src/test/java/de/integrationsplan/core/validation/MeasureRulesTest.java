package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.validate;
import static de.integrationsplan.core.validation.Variants.withMeasures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.MeasureKind;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures: goals served, references, dates in order. */
final class MeasureRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  private static Measure.Builder extra() {
    return Measure.builder("m4", MeasureKind.COUNSELLING, ResponsibleParty.INTEGRATION_MANAGER);
  }

  private static IntegrationPlan plus(Measure measure) {
    List<Measure> measures = new ArrayList<>(base().measures());
    measures.add(measure);
    return withMeasures(base(), measures);
  }

  @Test
  void acceptsMeasureServingKnownGoals() {
    assertClean(plus(extra().goal("g-lang", "g-school").build()));
  }

  @Test
  void rejectsMeasureReferringToUnknownGoal() {
    assertOnlyError(plus(extra().goal("g-lang", "g-nope").build()), "plan.measure.unknownGoal", "/measures/3/goalIds/1");
  }

  @Test
  void reportsEachUnknownGoalOfAMeasure() {
    assertThat(validate(plus(extra().goal("x", "g-lang", "y").build())).issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(
            tuple("plan.measure.unknownGoal", "/measures/3/goalIds/0"),
            tuple("plan.measure.unknownGoal", "/measures/3/goalIds/2"));
  }

  @Test
  void rejectsMeasureWithoutGoal() {
    assertOnlyError(plus(extra().build()), "plan.measure.noGoal", "/measures/3/goalIds");
  }

  @Test
  void rejectsMalformedGoalReference() {
    assertThat(validate(plus(extra().goal("g lang").build())).issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(
            tuple("plan.idFormat", "/measures/3/goalIds/0"),
            tuple("plan.measure.unknownGoal", "/measures/3/goalIds/0"));
  }

  @Test
  void rejectsPlannedEndBeforePlannedStart() {
    assertOnlyError(plus(extra().goal("g-lang").planned(DAY, DAY.minusDays(1)).build()),
        "plan.measure.plannedEndBeforeStart", "/measures/3/plannedEnd");
  }

  @Test
  void acceptsPlannedEndOnPlannedStart() {
    assertClean(plus(extra().goal("g-lang").planned(DAY, DAY).build()));
  }

  @Test
  void rejectsActualEndBeforeActualStart() {
    assertOnlyError(plus(extra().goal("g-lang").actual(DAY, DAY.minusDays(1)).build()),
        "plan.measure.actualEndBeforeStart", "/measures/3/actualEnd");
  }

  @Test
  void acceptsActualEndOnActualStart() {
    assertClean(plus(extra().goal("g-lang").actual(DAY, DAY).build()));
  }

  @Test
  void doesNotCompareActualWithPlannedDates() {
    assertClean(plus(extra().goal("g-lang").planned(DAY, DAY.plusDays(5)).actual(DAY.minusDays(30), DAY.minusDays(20)).build()));
  }

  @Test
  void acceptsOpenEndedDates() {
    assertClean(plus(extra().goal("g-lang").planned(null, DAY).actual(DAY, null).build()));
  }

  @Test
  void rejectsEmptyProvider() {
    assertOnlyError(plus(extra().goal("g-lang").provider("").build()), "value.size", "/measures/3/provider");
  }

  @Test
  void rejectsMalformedMeasureId() {
    assertOnlyError(plus(Measure.builder("m 4", MeasureKind.OTHER, ResponsibleParty.PERSON).goal("g-lang").build()),
        "plan.idFormat", "/measures/3/id");
  }
}
