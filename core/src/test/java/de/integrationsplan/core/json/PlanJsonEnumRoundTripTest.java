package de.integrationsplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.Accommodation;
import de.integrationsplan.core.model.v1.AccommodationType;
import de.integrationsplan.core.model.v1.Achievement;
import de.integrationsplan.core.model.v1.BenefitType;
import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Child;
import de.integrationsplan.core.model.v1.ChildEducation;
import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.ClosureReason;
import de.integrationsplan.core.model.v1.CompetenceProfile;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.Course;
import de.integrationsplan.core.model.v1.CourseStatus;
import de.integrationsplan.core.model.v1.CourseType;
import de.integrationsplan.core.model.v1.EducationTarget;
import de.integrationsplan.core.model.v1.EducationTargetKind;
import de.integrationsplan.core.model.v1.EmploymentKind;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.Household;
import de.integrationsplan.core.model.v1.HousingTarget;
import de.integrationsplan.core.model.v1.HousingTargetKind;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageEvidence;
import de.integrationsplan.core.model.v1.LanguageSkill;
import de.integrationsplan.core.model.v1.LanguageTarget;
import de.integrationsplan.core.model.v1.LegalBasis;
import de.integrationsplan.core.model.v1.Literacy;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.MeasureKind;
import de.integrationsplan.core.model.v1.MeasureStatus;
import de.integrationsplan.core.model.v1.ParticipantRole;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.model.v1.Priority;
import de.integrationsplan.core.model.v1.Qualification;
import de.integrationsplan.core.model.v1.Recognition;
import de.integrationsplan.core.model.v1.RecognitionOutcome;
import de.integrationsplan.core.model.v1.RecognitionProcedure;
import de.integrationsplan.core.model.v1.RecognitionTarget;
import de.integrationsplan.core.model.v1.ResidenceStatus;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import de.integrationsplan.core.model.v1.Review;
import de.integrationsplan.core.model.v1.SchoolCertificateEquivalent;
import de.integrationsplan.core.model.v1.Schooling;
import de.integrationsplan.core.model.v1.Sex;
import de.integrationsplan.core.model.v1.WorkTarget;
import de.integrationsplan.core.testing.ModelGraph;
import de.integrationsplan.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constant of every enum of the model, placed in a plan, is written by its name and read back. */
final class PlanJsonEnumRoundTripTest {

  private static final PlanJson JSON = PlanJson.create();

  /** Where each enum goes in a plan. */
  private static final Map<Class<? extends Enum<?>>, BiFunction<IntegrationPlan.Builder, Enum<?>, IntegrationPlan.Builder>> PLACES =
      places();

  private static Map<Class<? extends Enum<?>>, BiFunction<IntegrationPlan.Builder, Enum<?>, IntegrationPlan.Builder>> places() {
    Map<Class<? extends Enum<?>>, BiFunction<IntegrationPlan.Builder, Enum<?>, IntegrationPlan.Builder>> m = new LinkedHashMap<>();
    m.put(PlanStatus.class, (b, v) -> b.status((PlanStatus) v));
    m.put(ConsentScope.class, (b, v) -> b.consent(new Consent(LocalDate.of(2026, 1, 5), List.of((ConsentScope) v), null)));
    m.put(Sex.class, (b, v) -> b.person(Person.builder("p-1").sex((Sex) v).build()));
    m.put(LegalBasis.class, (b, v) -> b.person(Person.builder("p-1").residence(ResidenceStatus.of((LegalBasis) v)).build()));
    m.put(BenefitType.class, (b, v) -> b.person(Person.builder("p-1").benefit((BenefitType) v).build()));
    m.put(ChildEducation.class, (b, v) -> b.person(Person.builder("p-1")
        .household(new Household(1, List.of(new Child(2020, (ChildEducation) v)))).build()));
    m.put(AccommodationType.class, (b, v) -> b.person(Person.builder("p-1")
        .accommodation(new Accommodation((AccommodationType) v, null)).build()));
    m.put(SchoolCertificateEquivalent.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder()
        .schooling(new Schooling(null, null, null, null, (SchoolCertificateEquivalent) v)).build()));
    m.put(Literacy.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder().literacy((Literacy) v).build()));
    m.put(RecognitionProcedure.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder()
        .qualification(Qualification.builder("q1", "Diplom").recognition(new Recognition(
            (RecognitionProcedure) v, null, null, null, null, RecognitionOutcome.PENDING)).build()).build()));
    m.put(RecognitionOutcome.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder()
        .qualification(Qualification.builder("q1", "Diplom").recognition(new Recognition(
            RecognitionProcedure.OTHER, null, null, null, null, (RecognitionOutcome) v)).build()).build()));
    m.put(CefrLevel.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder()
        .languageSkill(LanguageSkill.overall("deu", (CefrLevel) v, null, null)).build()));
    m.put(LanguageEvidence.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder()
        .languageSkill(LanguageSkill.overall("deu", CefrLevel.A1, (LanguageEvidence) v, null)).build()));
    m.put(CourseType.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder()
        .course(new Course((CourseType) v, CourseStatus.PLANNED, null, null, null, null, null, null)).build()));
    m.put(CourseStatus.class, (b, v) -> b.competenceProfile(CompetenceProfile.builder()
        .course(new Course(CourseType.OTHER, (CourseStatus) v, null, null, null, null, null, null)).build()));
    m.put(GoalArea.class, (b, v) -> b.goal(Goal.builder("g1", (GoalArea) v, "Ziel").build()));
    m.put(GoalStatus.class, (b, v) -> b.goal(Goal.builder("g1", GoalArea.OTHER, "Ziel").status((GoalStatus) v).build()));
    m.put(Priority.class, (b, v) -> b.goal(Goal.builder("g1", GoalArea.OTHER, "Ziel").priority((Priority) v).build()));
    m.put(Achievement.class, (b, v) -> b.goal(Goal.builder("g1", GoalArea.OTHER, "Ziel").achievement((Achievement) v).build()));
    m.put(EmploymentKind.class, (b, v) -> b.goal(Goal.builder("g1", GoalArea.WORK, "Ziel")
        .target(GoalTarget.work(new WorkTarget((EmploymentKind) v, null))).build()));
    m.put(HousingTargetKind.class, (b, v) -> b.goal(Goal.builder("g1", GoalArea.HOUSING, "Ziel")
        .target(GoalTarget.housing(new HousingTarget((HousingTargetKind) v))).build()));
    m.put(EducationTargetKind.class, (b, v) -> b.goal(Goal.builder("g1", GoalArea.SCHOOL, "Ziel")
        .target(GoalTarget.education(new EducationTarget((EducationTargetKind) v, null))).build()));
    m.put(MeasureKind.class, (b, v) -> b.measure(Measure.builder("m1", (MeasureKind) v, ResponsibleParty.PERSON).goal("g1").build()));
    m.put(ResponsibleParty.class, (b, v) -> b.measure(Measure.builder("m1", MeasureKind.OTHER, (ResponsibleParty) v).build()));
    m.put(MeasureStatus.class, (b, v) -> b.measure(Measure.builder("m1", MeasureKind.OTHER, ResponsibleParty.PERSON)
        .status((MeasureStatus) v).build()));
    m.put(ParticipantRole.class, (b, v) -> b.review(new Review(LocalDate.of(2026, 2, 1), List.of((ParticipantRole) v), List.of(), null, null)));
    m.put(ClosureReason.class, (b, v) -> b.closure(new Closure(LocalDate.of(2026, 3, 1), (ClosureReason) v, null)));
    return m;
  }

  static Stream<Arguments> everyConstant() {
    return PLACES.keySet().stream()
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(v -> Arguments.of(v.getDeclaringClass().getSimpleName(), v));
  }

  @Test
  void everyEnumOfTheModelHasAPlaceInThisTest() {
    List<Class<?>> placed = PLACES.keySet().stream().<Class<?>>map(c -> c).toList();
    assertThat(placed).containsExactlyInAnyOrderElementsOf(ModelGraph.enumTypes());
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("everyConstant")
  void constantIsWrittenByItsNameAndReadBack(String type, Enum<?> value) {
    IntegrationPlan plan = PLACES.get(value.getDeclaringClass()).apply(TestPlans.minimal().toBuilder(), value).build();
    String text = JSON.write(plan);
    assertThat(text).contains("\"" + value.name() + "\"");
    assertThat(JSON.read(text)).isEqualTo(plan);
  }

  @Test
  void languageTargetLevelIsWrittenByName() {
    IntegrationPlan plan = TestPlans.minimal().toBuilder().goal(Goal.builder("g1", GoalArea.LANGUAGE, "Ziel")
        .target(GoalTarget.language(new LanguageTarget("deu", CefrLevel.PRE_A1))).build()).build();
    String text = JSON.write(plan);
    assertThat(text).contains("\"language\":{\"language\":\"deu\",\"level\":\"PRE_A1\"}");
    assertThat(JSON.read(text)).isEqualTo(plan);
  }

  @Test
  void recognitionTargetOutcomeIsWrittenByName() {
    IntegrationPlan plan = TestPlans.minimal().toBuilder().goal(Goal.builder("g1", GoalArea.RECOGNITION, "Ziel")
        .target(GoalTarget.recognition(new RecognitionTarget("q1", RecognitionOutcome.NOT_APPLIED))).build()).build();
    String text = JSON.write(plan);
    assertThat(text).contains("\"outcomeSought\":\"NOT_APPLIED\"");
    assertThat(JSON.read(text)).isEqualTo(plan);
  }
}
