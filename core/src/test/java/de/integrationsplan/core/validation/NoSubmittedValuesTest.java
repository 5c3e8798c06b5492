package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.Achievement;
import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.ClosureReason;
import de.integrationsplan.core.model.v1.Coding;
import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.Course;
import de.integrationsplan.core.model.v1.CourseStatus;
import de.integrationsplan.core.model.v1.CourseType;
import de.integrationsplan.core.model.v1.Extension;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalReview;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.IdentifyingData;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageSkill;
import de.integrationsplan.core.model.v1.LanguageTarget;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.MeasureKind;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.model.v1.Qualification;
import de.integrationsplan.core.model.v1.RecognitionOutcome;
import de.integrationsplan.core.model.v1.RecognitionTarget;
import de.integrationsplan.core.model.v1.ResponsibleOrganisation;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import de.integrationsplan.core.model.v1.Review;
import de.integrationsplan.core.model.v1.Schooling;
import de.integrationsplan.core.model.v1.WorkExperience;
import de.integrationsplan.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages, pointers and the report's text never repeat a submitted value, which may be personal data. */
final class NoSubmittedValuesTest {

  /** A plan with many faults, every submitted text holding a distinctive canary. */
  static IntegrationPlan canaryPlan() {
    IntegrationPlan base = TestPlans.complete();
    return base.toBuilder()
        .schemaVersion("CANARY-1")
        .integrationManager("CANARY 2 Max Mustermann")
        .responsibleOrganisation(new ResponsibleOrganisation("CANARY-3", "CANARY-4 Stadt"))
        .status(PlanStatus.ACTIVE)
        .closure(new Closure(LocalDate.of(2020, 1, 1), ClosureReason.OTHER, "CANARY-5 Notiz"))
        .counsellingPeriod(new CounsellingPeriod(TestPlans.START, TestPlans.START.plusYears(3).plusDays(2), "CANARY-6".repeat(300)))
        .person(base.person().toBuilder()
            .pseudonym("CANARY 7 Rania Al-Khatib")
            .identifyingData(new IdentifyingData("CANARY-8", "CANARY-9" + "x".repeat(300), LocalDate.of(1990, 1, 1)))
            .nationality("CANARY-10")
            .countryOfOrigin("CANARY-11")
            .language("CANARY-12")
            .build())
        .competenceProfile(base.competenceProfile() == null ? null : new de.integrationsplan.core.model.v1.CompetenceProfile(
            List.of(new Schooling("CANARY-13", 99, "CANARY-14" + "x".repeat(300), 42, null)),
            null,
            List.of(Qualification.builder("CANARY 15", "CANARY-16" + "x".repeat(400)).country("CANARY-17")
                .occupation(new Coding(Coding.KLDB_2010, "CANARY-18", "CANARY-19", "CANARY-20")).build()),
            List.of(new WorkExperience(new Coding("CANARY-21", "1", "CANARY-22", null), "", "CANARY-23", null, null)),
            List.of(LanguageSkill.overall("CANARY-24", CefrLevel.A1, null, null)),
            List.of(new Course(CourseType.OTHER, CourseStatus.COMPLETED, null, "CANARY-25" + "x".repeat(300), null, null, null, null)),
            List.of()))
        .goal(Goal.builder("CANARY 26", GoalArea.HEALTH, "CANARY-27" + "x".repeat(2000))
            .target(new GoalTarget(new LanguageTarget("CANARY-28", CefrLevel.B1), null,
                new RecognitionTarget("CANARY-29", RecognitionOutcome.FULL_EQUIVALENCE), null, null, "CANARY-30"))
            .build())
        .measure(Measure.builder("CANARY 31", MeasureKind.OTHER, ResponsibleParty.PERSON)
            .goal("CANARY-32", "CANARY 33").provider("CANARY-34" + "x".repeat(300)).build())
        .review(new Review(LocalDate.of(2020, 1, 1), List.of(),
            List.of(new GoalReview("CANARY-35", Achievement.NOT_ACHIEVED, "CANARY-36" + "x".repeat(2000))), null, "CANARY-37" + "x".repeat(2000)))
        .extension(new Extension("CANARY-38", "CANARY-39"))
        .build();
  }

  @Test
  void noMessageRepeatsASubmittedValue() {
    IntegrationPlan plan = canaryPlan();
    for (PlanValidator validator : new PlanValidator[] {Variants.GERMAN, Variants.ENGLISH}) {
      ValidationReport report = validator.validate(plan);
      assertThat(report.errors()).hasSizeGreaterThan(25);
      assertThat(report.codes()).hasSizeGreaterThan(15);
      assertThat(report.issues()).allSatisfy(issue -> {
        assertThat(issue.message()).doesNotContainIgnoringCase("canary");
        assertThat(issue.pointer()).doesNotContainIgnoringCase("canary");
        assertThat(issue.toString()).doesNotContainIgnoringCase("canary");
      });
      assertThat(report.toString()).doesNotContainIgnoringCase("canary");
    }
  }

  @Test
  void noMessageRepeatsASubmittedValueWhenValidatingJson() {
    // a document of no known version gets one finding at schemaVersion: the canaries are read as 1.0
    String json = Variants.GERMAN.json().write(canaryPlan()).replace("\"CANARY-1\"", "\"1.0\"");
    assertThat(json).contains("CANARY-27");
    for (PlanValidator validator : new PlanValidator[] {Variants.GERMAN, Variants.ENGLISH}) {
      ValidationReport report = validator.validate(json);
      assertThat(report.errors()).hasSizeGreaterThan(25);
      assertThat(report.issues()).allSatisfy(issue -> assertThat(issue.toString()).doesNotContainIgnoringCase("canary"));
    }
  }

  /**
   * Structural findings whose messages are composed from the place, the expectation and the nearest
   * allowed codes: each submitted value holds a canary, none of which the messages repeat.
   */
  @Test
  void noStructuralMessageRepeatsASubmittedValue() {
    String json = "{\"id\":\"CANARY-1\",\"schemaVersion\":\"1.0\",\"status\":\"canary\","
        + "\"created\":\"CANARY-3\",\"counsellingPeriod\":{\"start\":\"CANARY-4\",\"plannedEnd\":\"Canary5\"},"
        + "\"responsibleOrganisation\":{\"municipalityKey\":\"CANARY 6\"},\"integrationManager\":\"CANARY 7 Name\","
        + "\"person\":{\"pseudonym\":\"CANARY 8\",\"sex\":\"Canary\",\"nationalities\":[\"CANARY-9\",\"Canar\"],"
        + "\"countryOfOrigin\":\"canary\",\"languages\":[\"CANARY-10-Dari\"],\"birthYear\":\"CANARY-11\","
        + "\"canaryField\":1},"
        + "\"goals\":[{\"id\":\"CANARY 12\",\"area\":\"CANARY\",\"description\":\"d\",\"status\":\"CANARY-13\","
        + "\"dueDate\":\"CANARY-14\",\"target\":{\"text\":\"t\",\"work\":\"CANARY-15\"}}],"
        + "\"measures\":[{\"id\":\"m1\",\"goalIds\":[\"CANARY 16\"],\"kind\":\"CANARYY\",\"responsible\":\"PERSON\","
        + "\"status\":\"PLANNED\"}],\"extensions\":[{\"url\":\"CANARY-17\",\"value\":{\"a\":null}}]}";
    for (PlanValidator validator : new PlanValidator[] {Variants.GERMAN, Variants.ENGLISH}) {
      ValidationReport report = validator.validate(json);
      assertThat(report.issues()).hasSizeGreaterThan(20);
      assertThat(report.codes()).contains("schema.enum", "schema.pattern", "schema.format", "schema.type",
          "schema.additionalProperties", "schema.maxProperties");
      assertThat(report.issues()).allSatisfy(issue -> assertThat(issue.message()).doesNotContainIgnoringCase("canary"));
    }
  }

  /** A consequence names its cause by its place, never by the id that did not resolve. */
  @Test
  void noConsequenceRepeatsTheUnknownId() {
    IntegrationPlan plan = Variants.replaceMeasure(TestPlans.complete(), 2, m -> new Measure(m.id(), List.of("CANARY-house"),
        m.kind(), m.description(), m.responsible(), m.provider(), m.status(), m.plannedStart(), m.plannedEnd(),
        m.actualStart(), m.actualEnd()));
    for (PlanValidator validator : new PlanValidator[] {Variants.GERMAN, Variants.ENGLISH}) {
      ValidationReport report = validator.validate(plan);
      assertThat(report.issues()).anySatisfy(issue -> assertThat(issue.cause()).isNotNull());
      assertThat(report.issues()).allSatisfy(issue -> assertThat(issue.toString()).doesNotContainIgnoringCase("canary"));
    }
  }

  @Test
  void canaryPlanTripsManyDifferentRules() {
    assertThat(Variants.GERMAN.validate(canaryPlan()).codes()).contains(
        "plan.schemaVersionFormat", "plan.pseudonymFormat", "plan.organisation.agsFormat", "value.countryCode",
        "value.languageCode", "value.size", "plan.idFormat", "plan.measure.unknownGoal", "plan.review.unknownGoal",
        "plan.goal.unknownQualification", "plan.coding.invalidCode", "plan.coding.unexpectedSystem",
        "plan.closure.unexpected", "plan.extension.urlFormat", "plan.goal.targetExactlyOne",
        "plan.goal.targetAreaMismatch", "plan.review.outsideCounsellingPeriod", "plan.person.birthYearMismatch",
        "plan.closure.beforeStart");
  }
}
