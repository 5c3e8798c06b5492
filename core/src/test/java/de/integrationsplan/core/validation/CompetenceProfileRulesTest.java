package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.profile;
import static de.integrationsplan.core.validation.Variants.replaceGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Coding;
import de.integrationsplan.core.model.v1.Course;
import de.integrationsplan.core.model.v1.CourseStatus;
import de.integrationsplan.core.model.v1.CourseType;
import de.integrationsplan.core.model.v1.EmploymentKind;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageSkill;
import de.integrationsplan.core.model.v1.Qualification;
import de.integrationsplan.core.model.v1.Recognition;
import de.integrationsplan.core.model.v1.RecognitionOutcome;
import de.integrationsplan.core.model.v1.RecognitionProcedure;
import de.integrationsplan.core.model.v1.Schooling;
import de.integrationsplan.core.model.v1.WorkExperience;
import de.integrationsplan.core.model.v1.WorkTarget;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The competence profile: schooling, qualifications and recognition, work experience, language
 * skills, courses and the codings of occupations and fields. The fixture has one schooling, one
 * qualification, one work experience, two language skills and two courses.
 */
final class CompetenceProfileRulesTest {

  private static IntegrationPlan with(Consumer<Variants.ProfileParts> change) {
    return profile(base(), p -> {
      change.accept(p);
      return p;
    });
  }

  private static Recognition recognition(LocalDate applied, LocalDate decided) {
    return new Recognition(RecognitionProcedure.BQFG, null, null, applied, decided, RecognitionOutcome.PENDING);
  }

  @Test
  void rejectsRecognitionDecidedBeforeApplication() {
    assertOnlyError(with(p -> p.qualifications.add(Qualification.builder("q2", "Abitur")
            .recognition(recognition(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1))).build())),
        "plan.recognition.decisionBeforeApplication", "/competenceProfile/qualifications/1/recognition/decidedOn");
  }

  @Test
  void acceptsRecognitionDecidedOnDayOfApplication() {
    assertClean(with(p -> p.qualifications.add(Qualification.builder("q2", "Abitur")
        .recognition(recognition(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2))).build())));
  }

  @ParameterizedTest(name = "qualification level {0} is out of range")
  @ValueSource(ints = {0, 9})
  void rejectsQualificationLevelOutOfRange(int level) {
    assertOnlyError(with(p -> p.qualifications.add(Qualification.builder("q2", "Abitur").level(level).build())),
        "plan.qualification.levelRange", "/competenceProfile/qualifications/1/level");
  }

  @ParameterizedTest(name = "qualification level {0} is in range")
  @ValueSource(ints = {1, 8})
  void acceptsQualificationLevelInRange(int level) {
    assertClean(with(p -> p.qualifications.add(Qualification.builder("q2", "Abitur").level(level).build())));
  }

  @Test
  void rejectsBlankQualificationTitle() {
    assertOnlyError(with(p -> p.qualifications.add(Qualification.builder("q2", " ").build())),
        "value.blank", "/competenceProfile/qualifications/1/originalTitle");
  }

  static Stream<Arguments> schooling() {
    return Stream.of(
        Arguments.of("-1 school years", new Schooling(null, -1, null, null, null), "plan.schooling.yearsRange", "/competenceProfile/schooling/1/years"),
        Arguments.of("21 school years", new Schooling(null, 21, null, null, null), "plan.schooling.yearsRange", "/competenceProfile/schooling/1/years"),
        Arguments.of("ISCED level -1", new Schooling(null, null, null, -1, null), "plan.schooling.iscedRange", "/competenceProfile/schooling/1/iscedLevel"),
        Arguments.of("ISCED level 9", new Schooling(null, null, null, 9, null), "plan.schooling.iscedRange", "/competenceProfile/schooling/1/iscedLevel"),
        Arguments.of("an empty certificate", new Schooling(null, null, "", null, null), "value.size", "/competenceProfile/schooling/1/certificate"));
  }

  @ParameterizedTest(name = "{0} gives {2}")
  @MethodSource("schooling")
  void rejectsSchoolingOutOfRange(String description, Schooling schooling, String code, String pointer) {
    assertOnlyError(with(p -> p.schooling.add(schooling)), code, pointer);
  }

  @Test
  void acceptsSchoolingAtRangeLimits() {
    assertClean(with(p -> {
      p.schooling.add(new Schooling(null, 0, null, 0, null));
      p.schooling.add(new Schooling(null, 20, null, 8, null));
    }));
  }

  @Test
  void rejectsWorkExperienceWithoutOccupationOrDescription() {
    assertOnlyError(with(p -> p.workExperience.add(new WorkExperience(null, null, "SY", null, null))),
        "plan.workExperience.empty", "/competenceProfile/workExperience/1");
  }

  @Test
  void acceptsWorkExperienceWithDescriptionOnly() {
    assertClean(with(p -> p.workExperience.add(new WorkExperience(null, "Erntehelferin", null, null, null))));
  }

  @Test
  void rejectsWorkExperienceEndingBeforeItStarts() {
    assertOnlyError(with(p -> p.workExperience.add(new WorkExperience(null, "Erntehelferin", null, YearMonth.of(2020, 5), YearMonth.of(2020, 4)))),
        "plan.workExperience.endBeforeStart", "/competenceProfile/workExperience/1/to");
  }

  @Test
  void acceptsWorkExperienceWithinOneMonth() {
    assertClean(with(p -> p.workExperience.add(new WorkExperience(null, "Erntehelferin", null, YearMonth.of(2020, 5), YearMonth.of(2020, 5)))));
  }

  @Test
  void rejectsLanguageSkillWithoutAnyLevel() {
    assertOnlyError(with(p -> p.languageSkills.add(new LanguageSkill("ukr", null, null, null, null, null, null, null, null))),
        "plan.languageSkill.noLevel", "/competenceProfile/languageSkills/2");
  }

  @Test
  void acceptsLanguageSkillWithOneSkillLevel() {
    assertClean(with(p -> p.languageSkills.add(new LanguageSkill("ukr", null, null, null, null, CefrLevel.A1, null, null, null))));
  }

  @Test
  void rejectsLanguageAssessmentInFuture() {
    assertOnlyError(with(p -> p.languageSkills.add(LanguageSkill.overall("ukr", CefrLevel.A1, null, LocalDate.of(2999, 1, 1)))),
        "plan.languageSkill.assessedInFuture", "/competenceProfile/languageSkills/2/assessedOn");
  }

  @Test
  void rejectsCourseEndingBeforeItStarts() {
    assertOnlyError(with(p -> p.courses.add(new Course(CourseType.OTHER, CourseStatus.COMPLETED, null, null,
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 29), null, null))),
        "plan.course.endBeforeStart", "/competenceProfile/courses/2/endedOn");
  }

  @Test
  void acceptsOneDayCourse() {
    assertClean(with(p -> p.courses.add(new Course(CourseType.OTHER, CourseStatus.COMPLETED, null, null,
        LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), null, null))));
  }

  static Stream<Arguments> validCodes() {
    return Stream.of(
        Arguments.of("KldB 2010 with five digits", Coding.KLDB_2010, "81302"),
        Arguments.of("ISCO-08 with four digits", Coding.ISCO_08, "2221"),
        Arguments.of("ISCO-08 with one digit", Coding.ISCO_08, "2"),
        Arguments.of("ESCO with a concept URI", Coding.ESCO, "http://data.europa.eu/esco/occupation/a0c6d2a8-5b0c-4f25-9c3e-8d3f4a1b2c3d"));
  }

  @ParameterizedTest(name = "an occupation coded in {0} is accepted")
  @MethodSource("validCodes")
  void acceptsOccupationCode(String description, String system, String code) {
    assertClean(with(p -> p.workExperience.add(new WorkExperience(new Coding(system, "1", code, null), null, null, null, null))));
  }

  static Stream<Arguments> invalidCodes() {
    return Stream.of(
        Arguments.of("KldB 2010 with four digits", Coding.KLDB_2010, "8130"),
        Arguments.of("KldB 2010 with six digits", Coding.KLDB_2010, "813021"),
        Arguments.of("KldB 2010 with a letter", Coding.KLDB_2010, "8130X"),
        Arguments.of("ISCO-08 with five digits", Coding.ISCO_08, "22210"),
        Arguments.of("ESCO without concept URI", Coding.ESCO, "nurse"));
  }

  @ParameterizedTest(name = "an occupation coded in {0} is rejected")
  @MethodSource("invalidCodes")
  void rejectsMalformedOccupationCode(String description, String system, String code) {
    assertOnlyError(with(p -> p.workExperience.add(new WorkExperience(new Coding(system, "1", code, null), null, null, null, null))),
        "plan.coding.invalidCode", "/competenceProfile/workExperience/1/occupation/code");
  }

  @ParameterizedTest(name = "ISCED-F field code {0} is rejected")
  @ValueSource(strings = {"9", "09131", "09a"})
  void rejectsMalformedFieldCode(String code) {
    assertOnlyError(with(p -> p.qualifications.add(Qualification.builder("q2", "Abitur")
            .field(new Coding(Coding.ISCED_F_2013, "2013", code, null)).build())),
        "plan.coding.invalidCode", "/competenceProfile/qualifications/1/field/code");
  }

  @Test
  void rejectsOccupationCodedInFieldClassification() {
    assertOnlyError(with(p -> p.workExperience.add(new WorkExperience(new Coding(Coding.ISCED_F_2013, "2013", "0913", null), null, null, null, null))),
        "plan.coding.unexpectedSystem", "/competenceProfile/workExperience/1/occupation/system");
  }

  @Test
  void rejectsFieldCodedInOccupationClassification() {
    assertOnlyError(with(p -> p.qualifications.add(Qualification.builder("q2", "Abitur")
            .field(new Coding(Coding.KLDB_2010, "2020", "81302", null)).build())),
        "plan.coding.unexpectedSystem", "/competenceProfile/qualifications/1/field/system");
  }

  @Test
  void rejectsWorkTargetCodedInUnknownClassification() {
    assertOnlyError(replaceGoal(base(), 2, g -> g.toBuilder().target(GoalTarget.work(new WorkTarget(EmploymentKind.EMPLOYMENT,
            new Coding("https://example.org/codes", "1", "A-1", null)))).build()),
        "plan.coding.unexpectedSystem", "/goals/2/target/work/occupation/system");
  }

  @Test
  void rejectsSystemThatIsNoUriAsMalformedAndUnexpected() {
    IntegrationPlan plan = replaceGoal(base(), 2, g -> g.toBuilder().target(GoalTarget.work(new WorkTarget(EmploymentKind.EMPLOYMENT,
        new Coding("KldB", "1", "81302", null)))).build());
    assertThat(Variants.validate(plan).issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(
            tuple("plan.coding.systemFormat", "/goals/2/target/work/occupation/system"),
            tuple("plan.coding.unexpectedSystem", "/goals/2/target/work/occupation/system"));
  }

  @Test
  void rejectsBlankCodeAndVersion() {
    IntegrationPlan plan = replaceGoal(base(), 2, g -> g.toBuilder().target(GoalTarget.work(new WorkTarget(EmploymentKind.EMPLOYMENT,
        new Coding(Coding.ISCO_08, " ", "2221", null)))).build());
    assertOnlyError(plan, "value.blank", "/goals/2/target/work/occupation/version");
  }
}
