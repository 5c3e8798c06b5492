package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertHasError;
import static de.integrationsplan.core.validation.Variants.assertOnly;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.replaceGoal;
import static de.integrationsplan.core.validation.Variants.replaceMeasure;
import static de.integrationsplan.core.validation.Variants.validate;
import static de.integrationsplan.core.validation.Variants.withGoals;
import static de.integrationsplan.core.validation.Variants.withMeasures;
import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.EducationTarget;
import de.integrationsplan.core.model.v1.EducationTargetKind;
import de.integrationsplan.core.model.v1.EmploymentKind;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.HousingTarget;
import de.integrationsplan.core.model.v1.HousingTargetKind;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageTarget;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.MeasureStatus;
import de.integrationsplan.core.model.v1.RecognitionOutcome;
import de.integrationsplan.core.model.v1.RecognitionTarget;
import de.integrationsplan.core.model.v1.WorkTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules on a single goal: dates, target kind and count, references, measures, formats. */
final class GoalRulesTest {

  // goal 0 is g-lang: LANGUAGE, ACTIVE, agreed 2025-10-06, due 2026-09-30

  @Test
  void rejectsDueDateBeforeAgreement() {
    IntegrationPlan plan = replaceGoal(base(), 0, g -> g.toBuilder().dueDate(LocalDate.of(2025, 10, 5)).build());
    assertOnlyError(plan, "plan.goal.dueBeforeAgreement", "/goals/0/dueDate");
  }

  @Test
  void acceptsDueDateOnAgreementDay() {
    assertClean(replaceGoal(base(), 0, g -> g.toBuilder().dueDate(LocalDate.of(2025, 10, 6)).build()));
  }

  @Test
  void acceptsDueDateWithoutAgreementDate() {
    assertClean(replaceGoal(base(), 0, g -> g.toBuilder().agreedOn(null).dueDate(LocalDate.of(2020, 1, 1)).build()));
  }

  static Stream<Arguments> misfittingTargets() {
    return Stream.of(
        Arguments.of("a language target on a WORK goal points at target/language", 0, GoalArea.WORK, "/goals/0/target/language"),
        Arguments.of("a work target on a LANGUAGE goal points at target/work", 2, GoalArea.LANGUAGE, "/goals/2/target/work"),
        Arguments.of("a recognition target on a WORK goal points at target/recognition", 1, GoalArea.WORK, "/goals/1/target/recognition"),
        Arguments.of("a housing target on an OTHER goal points at target/housing", 3, GoalArea.OTHER, "/goals/3/target/housing"),
        Arguments.of("an education target on a HEALTH goal points at target/education", 4, GoalArea.HEALTH, "/goals/4/target/education"),
        Arguments.of("an education target on a HOUSING goal points at target/education", 4, GoalArea.HOUSING, "/goals/4/target/education"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misfittingTargets")
  void rejectsTargetThatDoesNotFitArea(String description, int goal, GoalArea area, String pointer) {
    IntegrationPlan plan = replaceGoal(base(), goal, g -> g.toBuilder().area(area).build());
    assertOnlyError(plan, "plan.goal.targetAreaMismatch", pointer);
  }

  static Stream<Arguments> fittingTargets() {
    return Stream.of(
        Arguments.of("an education target fits a VOCATIONAL_TRAINING_OR_STUDY goal", 4, GoalArea.VOCATIONAL_TRAINING_OR_STUDY),
        Arguments.of("an education target fits a SCHOOL goal", 4, GoalArea.SCHOOL),
        Arguments.of("a text target fits a HEALTH goal", 5, GoalArea.HEALTH),
        Arguments.of("a text target fits a LANGUAGE goal", 5, GoalArea.LANGUAGE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fittingTargets")
  void acceptsTargetThatFitsArea(String description, int goal, GoalArea area) {
    assertClean(replaceGoal(base(), goal, g -> g.toBuilder().area(area).build()));
  }

  @Test
  void rejectsTargetWithNothingSet() {
    IntegrationPlan plan = replaceGoal(base(), 5,
        g -> g.toBuilder().target(new GoalTarget(null, null, null, null, null, null)).build());
    assertOnlyError(plan, "plan.goal.targetExactlyOne", "/goals/5/target");
  }

  @Test
  void rejectsTargetWithTwoValuesSet() {
    IntegrationPlan plan = replaceGoal(base(), 0, g -> g.toBuilder()
        .target(new GoalTarget(new LanguageTarget("deu", CefrLevel.B2), null, null, null, null, "B2-Zertifikat"))
        .build());
    assertOnlyError(plan, "plan.goal.targetExactlyOne", "/goals/0/target");
  }

  @Test
  void acceptsGoalWithoutTarget() {
    assertClean(replaceGoal(base(), 3, g -> g.toBuilder().target(null).build()));
  }

  @Test
  void rejectsRecognitionTargetForUnknownQualification() {
    IntegrationPlan plan = replaceGoal(base(), 1, g -> g.toBuilder()
        .target(GoalTarget.recognition(new RecognitionTarget("q2", RecognitionOutcome.FULL_EQUIVALENCE))).build());
    assertOnlyError(plan, "plan.goal.unknownQualification", "/goals/1/target/recognition/qualificationId");
  }

  @Test
  void rejectsRecognitionTargetWhenThereIsNoCompetenceProfile() {
    IntegrationPlan plan = base().toBuilder().competenceProfile(null).build();
    assertOnlyError(plan, "plan.goal.unknownQualification", "/goals/1/target/recognition/qualificationId");
  }

  @Test
  void acceptsRecognitionTargetForKnownQualification() {
    assertThat(base().goals().get(1).target().recognition().qualificationId()).isEqualTo("q1");
    assertClean(base());
  }

  @Test
  void warnsAboutActiveGoalWithoutMeasureButStaysValid() {
    List<Measure> measures = new ArrayList<>(base().measures());
    measures.remove(2); // m3 serves g-house, goal 3
    IntegrationPlan plan = withMeasures(base(), measures);
    assertOnly(plan, Severity.WARNING, "plan.goal.withoutMeasure", "/goals/3");
    ValidationReport report = validate(plan);
    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).hasSize(1);
  }

  @Test
  void warnsAboutGoalServedOnlyByCancelledMeasure() {
    IntegrationPlan plan = replaceMeasure(base(), 2,
        m -> Measure.builder(m.id(), m.kind(), m.responsible()).goal("g-house").status(MeasureStatus.CANCELLED).build());
    assertOnly(plan, Severity.WARNING, "plan.goal.withoutMeasure", "/goals/3");
  }

  @Test
  void warnsAboutAgreedGoalWithoutMeasure() {
    IntegrationPlan plan = replaceGoal(base(), 4, g -> g.toBuilder().status(GoalStatus.AGREED).build());
    assertOnly(plan, Severity.WARNING, "plan.goal.withoutMeasure", "/goals/4");
  }

  @Test
  void doesNotWarnAboutProposedOrOnHoldGoalWithoutMeasure() {
    List<Measure> measures = new ArrayList<>(base().measures());
    measures.remove(2);
    assertClean(replaceGoal(withMeasures(base(), measures), 3, g -> g.toBuilder().status(GoalStatus.ON_HOLD).build()));
    assertClean(replaceGoal(withMeasures(base(), measures), 3, g -> g.toBuilder().status(GoalStatus.PROPOSED).build()));
  }

  @Test
  void rejectsGoalIdWithInvalidCharacters() {
    assertOnlyError(replaceGoal(base(), 4, g -> g.toBuilder().id("-school").build()), "plan.idFormat", "/goals/4/id");
    assertOnlyError(replaceGoal(base(), 4, g -> g.toBuilder().id("g school").build()), "plan.idFormat", "/goals/4/id");
  }

  @Test
  void rejectsGoalIdLongerThan64Characters() {
    assertOnlyError(replaceGoal(base(), 4, g -> g.toBuilder().id("g" + "x".repeat(64)).build()), "plan.idFormat", "/goals/4/id");
  }

  @Test
  void acceptsGoalIdOf64Characters() {
    assertClean(replaceGoal(base(), 4, g -> g.toBuilder().id("g" + "x".repeat(63)).build()));
  }

  @Test
  void rejectsBlankGoalDescription() {
    assertOnlyError(replaceGoal(base(), 4, g -> g.toBuilder().description("  ").build()), "value.blank", "/goals/4/description");
  }

  @Test
  void rejectsGoalDescriptionLongerThan2000Characters() {
    IntegrationPlan plan = replaceGoal(base(), 4, g -> g.toBuilder().description("x".repeat(2001)).build());
    assertOnlyError(plan, "value.size", "/goals/4/description");
    assertThat(validate(plan).issues().get(0).message()).contains("0").contains("2000");
  }

  @Test
  void rejectsEmptyTextTarget() {
    assertOnlyError(replaceGoal(base(), 5, g -> g.toBuilder().target(GoalTarget.text("")).build()),
        "value.size", "/goals/5/target/text");
  }

  @Test
  void checksNestedTargetValues() {
    IntegrationPlan plan = replaceGoal(base(), 0, g -> g.toBuilder()
        .target(GoalTarget.language(new LanguageTarget("Deutsch", CefrLevel.B2))).build());
    assertHasError(plan, "value.languageCode", "/goals/0/target/language/language");
  }

  @Test
  void acceptsEveryKindOfTargetInItsOwnArea() {
    IntegrationPlan plan = withGoals(base(), List.of(
        base().goals().get(0),
        base().goals().get(1),
        base().goals().get(2).toBuilder().target(GoalTarget.work(new WorkTarget(EmploymentKind.MINI_JOB, null))).build(),
        base().goals().get(3).toBuilder().target(GoalTarget.housing(new HousingTarget(HousingTargetKind.KEEP_TENANCY))).build(),
        base().goals().get(4).toBuilder().target(GoalTarget.education(new EducationTarget(EducationTargetKind.SCHOOL_CERTIFICATE, null))).build(),
        base().goals().get(5)));
    assertClean(plan);
  }
}
