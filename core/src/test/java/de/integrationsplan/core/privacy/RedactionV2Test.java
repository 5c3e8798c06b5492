package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.model.v2.Achievement;
import de.integrationsplan.core.model.v2.ChildEducation;
import de.integrationsplan.core.model.v2.CompetenceProfile;
import de.integrationsplan.core.model.v2.Consent;
import de.integrationsplan.core.model.v2.ConsentScope;
import de.integrationsplan.core.model.v2.ContactMode;
import de.integrationsplan.core.model.v2.CounsellingContact;
import de.integrationsplan.core.model.v2.Development;
import de.integrationsplan.core.model.v2.Disability;
import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.GoalReview;
import de.integrationsplan.core.model.v2.GoalStatus;
import de.integrationsplan.core.model.v2.GoalTarget;
import de.integrationsplan.core.model.v2.Household;
import de.integrationsplan.core.model.v2.HouseholdMember;
import de.integrationsplan.core.model.v2.HouseholdRole;
import de.integrationsplan.core.model.v2.IdentifyingData;
import de.integrationsplan.core.model.v2.Extension;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Measure;
import de.integrationsplan.core.model.v2.MeasureStatus;
import de.integrationsplan.core.model.v2.ParticipantRole;
import de.integrationsplan.core.model.v2.Qualification;
import de.integrationsplan.core.model.v2.Recognition;
import de.integrationsplan.core.model.v2.RecognitionTarget;
import de.integrationsplan.core.model.v2.Review;
import de.integrationsplan.core.model.v2.Sex;
import de.integrationsplan.core.model.v2.V2Samples;
import de.integrationsplan.core.testing.ModelGraph;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Redaction of plans of format 2.0: a redacted plan stays valid at both levels, and what gives
 * special categories away (codes flagged {@code specialCategory} in their list, the goal area health,
 * a school for special needs, a disability, what refers to a goal that went) goes unless the consent
 * covers special categories and an exchange.
 */
final class RedactionV2Test {

  private static final PlanValidator VALIDATOR = PlanValidator.create();

  /** The codes of the samples that are flagged as special-category data in their lists. */
  private static final List<String> GIVEAWAY_CODES = List.of("PSYCHOTHERAPY", "HEALTH_PROFESSIONAL",
      "PSYCHOSOCIAL_CENTRE", "HEALTH_CARE", "SBBZ", "PARTIAL_COMPARABILITY");

  private static final String TRAUMA_CENTRE = "Refugio Traumazentrum Stuttgart";
  private static final String PSZ = "Psychosoziales Zentrum für Geflüchtete";

  /** Special categories recorded, but no consent to exchange them. */
  private static final Consent RECORDED_ONLY = new Consent(LocalDate.of(2026, 1, 12), List.of(
      ConsentScope.COUNSELLING_RECORDS, ConsentScope.SPECIAL_CATEGORIES, ConsentScope.ANONYMOUS_STATISTICS),
      null, null);

  /**
   * The pharmacist with what reveals health: a health goal with trauma therapy, a psychosocial centre
   * for a language goal, a counselling measure for the health goal and the language goal, a review
   * and a development of the health goal, a contact about health, a daughter at an SBBZ, a disability,
   * and a second qualification recognised only in part because of a disability.
   */
  static IntegrationPlan revealing(Consent consent) {
    CompetenceProfile p = V2Samples.competenceProfile();
    List<Qualification> qualifications = new ArrayList<>(p.qualifications());
    qualifications.add(Qualification.builder("q2", "Ausbildung zur Schneiderin")
        .recognition(new Recognition("VALIDATION", null, null, "DECIDED", LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 5, 4), "PARTIAL_COMPARABILITY", null, null))
        .build());
    List<Development> developments = new ArrayList<>(p.developments());
    developments.add(new Development(LocalDate.of(2026, 8, 3), GoalArea.HEALTH, "Erstgespräch Traumatherapie"));
    CompetenceProfile profile = new CompetenceProfile(p.schooling(), p.schoolTrack(), p.literacy(), qualifications,
        p.workExperience(), p.languageSkills(), p.courses(), developments);
    Household household = new Household(4, List.of(
        new HouseholdMember("m1", HouseholdRole.PARTNER, 1985, Sex.MALE, null, null),
        new HouseholdMember("m2", HouseholdRole.CHILD, 2018, Sex.FEMALE, ChildEducation.SPECIAL_NEEDS_SCHOOL, "SBBZ"),
        new HouseholdMember("m3", HouseholdRole.CHILD, 2024, Sex.FEMALE, ChildEducation.NONE, null)));
    return V2Samples.pharmacistBuilder()
        .consent(consent)
        .person(V2Samples.personBuilder().benefit("SGB_II", "KINDERGELD").household(household)
            .disability(new Disability(50, List.of("G"), LocalDate.of(2025, 4, 1))).build())
        .competenceProfile(profile)
        .goal(Goal.builder("g5", GoalArea.HEALTH, "Traumatherapie beginnen").status(GoalStatus.ACTIVE)
                .agreedOn(LocalDate.of(2026, 7, 20)).build(),
            Goal.builder("g6", GoalArea.RECOGNITION, "Bescheid zur Schneiderin nutzen").status(GoalStatus.AGREED)
                .agreedOn(LocalDate.of(2026, 7, 20))
                .target(GoalTarget.recognition(new RecognitionTarget("q2", "PARTIAL_COMPARABILITY"))).build())
        .measure(Measure.builder("m-therapie", "PSYCHOTHERAPY", "HEALTH_PROFESSIONAL").goal("g5")
                .provider(TRAUMA_CENTRE).status(MeasureStatus.PLANNED)
                .planned(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)).build(),
            Measure.builder("m-psz", "COUNSELLING", "PSYCHOSOCIAL_CENTRE").goal("g2").provider(PSZ)
                .status(MeasureStatus.PLANNED).planned(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)).build(),
            Measure.builder("m-hoergeraet", "HEALTH_CARE", "PERSON").goal("g2")
                .status(MeasureStatus.PLANNED).planned(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)).build(),
            Measure.builder("m-begleitung", "COUNSELLING", "INTEGRATION_MANAGER").goal("g5", "g2")
                .provider(TRAUMA_CENTRE).status(MeasureStatus.PLANNED)
                .planned(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)).build(),
            Measure.builder("m-validierung", "RECOGNITION_PROCEDURE", "RECOGNITION_BODY").goal("g6")
                .status(MeasureStatus.PLANNED).planned(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)).build())
        .counsellingContact(new CounsellingContact(LocalDate.of(2026, 8, 3), ContactMode.IN_PERSON, 40,
            List.of(GoalArea.HEALTH, GoalArea.LANGUAGE), true, "apc"))
        .review(new Review(LocalDate.of(2026, 11, 16), List.of(ParticipantRole.PERSON, ParticipantRole.INTEGRATION_MANAGER),
            List.of(new GoalReview("g5", Achievement.IN_PROGRESS, null), new GoalReview("g2", Achievement.IN_PROGRESS, null)),
            null, null))
        .build();
  }

  /** Consent to special categories and to an exchange with services. */
  private static IntegrationPlan revealingWithConsent() {
    return revealing(V2Samples.pharmacist().consent());
  }

  private static IntegrationPlan revealingWithoutConsent() {
    return revealing(RECORDED_ONLY);
  }

  static Map<String, IntegrationPlan> validPlans() {
    Map<String, IntegrationPlan> plans = new LinkedHashMap<>();
    plans.put("the pharmacist", V2Samples.pharmacist());
    plans.put("the pharmacist without exchange consent", V2Samples.pharmacistBuilder().consent(RECORDED_ONLY).build());
    plans.put("health data, consent to exchange them", revealingWithConsent());
    plans.put("health data, no consent to exchange them", revealingWithoutConsent());
    plans.put("health data, consent to authorities only", revealing(new Consent(LocalDate.of(2026, 1, 12),
        List.of(ConsentScope.COUNSELLING_RECORDS, ConsentScope.SPECIAL_CATEGORIES,
            ConsentScope.EXCHANGE_WITH_AUTHORITIES), null, null)));
    return plans;
  }

  static Stream<Arguments> plansAtLevels() {
    List<Arguments> out = new ArrayList<>();
    validPlans().forEach((name, plan) -> {
      for (RedactionLevel level : RedactionLevel.values()) {
        out.add(Arguments.of(name, level, plan));
      }
    });
    return out.stream();
  }

  static Stream<Arguments> validPlanList() {
    return validPlans().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} is valid before redaction")
  @MethodSource("validPlanList")
  void fixturesAreValid(String name, IntegrationPlan plan) {
    assertThat(errors(plan)).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}, redacted at {1}, has no errors")
  @MethodSource("plansAtLevels")
  void redactedPlanHasNoErrors(String name, RedactionLevel level, IntegrationPlan plan) {
    IntegrationPlan redacted = Keys.redactor(level).redact(plan);
    assertThat(errors(redacted)).as(name).isEmpty();
    String json = PlanJson.create().write(redacted);
    assertThat(VALIDATOR.validate(json).issues()).as(name + " as JSON")
        .noneMatch(i -> i.severity() == Severity.ERROR);
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void aPlanOfFormat2StaysOfFormat2(RedactionLevel level) {
    IntegrationPlan redacted = Keys.redactor(level).redact(V2Samples.pharmacist());
    assertThat(redacted.schemaVersion()).isEqualTo("2.0");
    assertThat(redacted.codeLists()).isEqualTo(V2Samples.pharmacist().codeLists());
    assertThat(redacted.id()).isNotEqualTo(V2Samples.pharmacist().id());
    assertThat(redacted.person().pseudonym()).startsWith("ps-");
    assertThat(redacted.integrationManager()).startsWith("ps-");
  }

  @ParameterizedTest(name = "{0}: no special-category value is left at EXCHANGE without the consent, nor at STATISTICS")
  @MethodSource("validPlanList")
  void noSpecialCategoryValueIsLeftWithoutTheConsent(String name, IntegrationPlan plan) {
    List<IntegrationPlan> redacted = new ArrayList<>(List.of(Keys.redactor(RedactionLevel.STATISTICS).redact(plan)));
    if (plan.consent() == null || !plan.consent().covers(ConsentScope.EXCHANGE_WITH_SERVICES)
        && !plan.consent().covers(ConsentScope.EXCHANGE_WITH_AUTHORITIES)) {
      redacted.add(Keys.redactor(RedactionLevel.EXCHANGE).redact(plan));
    }
    for (IntegrationPlan r : redacted) {
      for (Record record : ModelGraph.records(r)) {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
          Object value = ModelGraph.component(record, rc);
          if (rc.getAnnotation(PersonalData.class).value() == PersonalData.Category.SPECIAL_CATEGORY) {
            assertThat(value == null || value.equals(Redactor.PLACEHOLDER) || value instanceof List<?> l && l.isEmpty())
                .as(name + ": " + record.getClass().getSimpleName() + "." + rc.getName()).isTrue();
          }
          assertThat(value instanceof List<?> l ? l : java.util.Collections.singletonList(value))
              .as(name + ": " + record.getClass().getSimpleName() + "." + rc.getName())
              .doesNotContain(GoalArea.HEALTH, ChildEducation.SPECIAL_NEEDS_SCHOOL)
              .doesNotContainAnyElementsOf(GIVEAWAY_CODES);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void identifyingDataAndExtensionsAreRemoved(RedactionLevel level) {
    IntegrationPlan plan = V2Samples.pharmacistBuilder()
        .person(V2Samples.personBuilder().benefit("SGB_II")
            .identifyingData(new IdentifyingData("Rania", "Haddad", LocalDate.of(1988, 4, 2))).build())
        .extension(new Extension("https://vendor.example/ext/aktenzeichen", "AZ-2026-4711"))
        .build();
    assertThat(errors(plan)).isEmpty();
    IntegrationPlan redacted = Keys.redactor(level).redact(plan);
    assertThat(errors(redacted)).isEmpty();
    assertThat(redacted.person().identifyingData()).isNull();
    assertThat(redacted.extensions()).isEmpty();
    assertThat(PlanJson.create().write(redacted)).doesNotContain("Rania", "Haddad", "1988-04-02", "AZ-2026-4711");
    assertThat(redacted.person().birthYear()).isEqualTo(1988);
  }

  @Test
  void exchangeWithoutConsentRemovesTheCodesThatGiveSpecialCategoriesAway() {
    String json = PlanJson.create().write(Keys.redactor(RedactionLevel.EXCHANGE).redact(revealingWithoutConsent()));
    for (String code : GIVEAWAY_CODES) {
      assertThat(json).as(code).doesNotContain("\"" + code + "\"");
    }
    assertThat(json).doesNotContain("\"HEALTH\"", "\"SPECIAL_NEEDS_SCHOOL\"", TRAUMA_CENTRE, PSZ, "Traumatherapie");
  }

  @Test
  void theCodesAreInThePlanBeforeRedaction() {
    String json = PlanJson.create().write(revealingWithoutConsent());
    for (String code : GIVEAWAY_CODES) {
      assertThat(json).as(code).contains("\"" + code + "\"");
    }
    assertThat(json).contains("\"HEALTH\"", "\"SPECIAL_NEEDS_SCHOOL\"", TRAUMA_CENTRE, PSZ);
  }

  @Test
  void exchangeWithoutConsentRemovesTheHealthGoalAndWhatRefersToIt() {
    IntegrationPlan plan = revealingWithoutConsent();
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);

    assertThat(redacted.goals()).hasSize(plan.goals().size() - 1)
        .extracting(Goal::area).doesNotContain(GoalArea.HEALTH);
    // the therapy (health goal only, and a health code), the psychosocial centre (its party) and the
    // hearing aid (a health-care measure for the language goal) go
    assertThat(redacted.measures()).hasSize(plan.measures().size() - 3);
    Measure accompanying = redacted.measures().get(redacted.measures().size() - 2);
    assertThat(accompanying.kind()).isEqualTo("COUNSELLING");
    assertThat(accompanying.goalIds()).containsExactly(redacted.goal(accompanying.goalIds().get(0)).orElseThrow().id());
    assertThat(redacted.goal(accompanying.goalIds().get(0)).orElseThrow().area()).isEqualTo(GoalArea.LANGUAGE);
    assertThat(accompanying.provider()).isNull();
    // the review of the health goal goes, the review of the language goal stays
    Review review = redacted.reviews().get(1);
    assertThat(review.goalReviews()).hasSize(1);
    assertThat(redacted.goal(review.goalReviews().get(0).goalId()).orElseThrow().area()).isEqualTo(GoalArea.LANGUAGE);
    assertThat(redacted.competenceProfile().developments()).extracting(Development::area)
        .containsExactly(GoalArea.RECOGNITION);
    assertThat(redacted.counsellingContacts()).hasSize(plan.counsellingContacts().size());
    assertThat(redacted.counsellingContacts()).allSatisfy(c -> assertThat(c.topics()).doesNotContain(GoalArea.HEALTH));
    assertThat(redacted.counsellingContacts().get(5).topics()).containsExactly(GoalArea.LANGUAGE);
  }

  @Test
  void exchangeWithoutConsentRemovesTheDisabilityAndWhatRevealsOne() {
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(revealingWithoutConsent());
    assertThat(redacted.person().disability()).isNull();
    HouseholdMember daughter = redacted.person().household().members().get(1);
    assertThat(daughter.education()).isNull();
    assertThat(daughter.schoolTrack()).isNull();
    assertThat(daughter.birthYear()).isEqualTo(2018);
    Recognition partial = redacted.competenceProfile().qualifications().get(1).recognition();
    assertThat(partial.state()).isEqualTo("DECIDED");
    assertThat(partial.outcome()).isNull();
    // a recognition target of partial comparability: the target goes, the goal keeps a placeholder
    Goal g6 = redacted.goals().get(redacted.goals().size() - 1);
    assertThat(g6.area()).isEqualTo(GoalArea.RECOGNITION);
    assertThat(g6.target().recognition()).isNull();
    assertThat(g6.target().text()).isEqualTo(Redactor.PLACEHOLDER);
  }

  @Test
  void exchangeWithoutConsentKeepsWhatRevealsNothing() {
    IntegrationPlan plan = revealingWithoutConsent();
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    assertThat(redacted.person().residence().legalBasis()).isEqualTo("AUFENTHG_25_2_REFUGEE");
    assertThat(redacted.person().benefits()).containsExactly("SGB_II", "KINDERGELD");
    assertThat(redacted.measures().get(0).kind()).isEqualTo("RECOGNITION_PROCEDURE");
    assertThat(redacted.measures().get(1).provider()).isEqualTo("Sprachinstitut am Bismarckplatz");
    assertThat(redacted.responsibleOrganisation().name()).isEqualTo(plan.responsibleOrganisation().name());
    assertThat(redacted.goals()).extracting(Goal::description).containsOnly(Redactor.PLACEHOLDER);
  }

  @Test
  void exchangeWithConsentKeepsSpecialCategoriesAndTheirCodes() {
    IntegrationPlan plan = revealingWithConsent();
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);

    String json = PlanJson.create().write(redacted);
    for (String code : GIVEAWAY_CODES) {
      assertThat(json).as(code).contains("\"" + code + "\"");
    }
    assertThat(redacted.goals()).extracting(Goal::area).containsExactlyElementsOf(
        plan.goals().stream().map(Goal::area).toList());
    assertThat(redacted.goals()).extracting(Goal::description).containsExactlyElementsOf(
        plan.goals().stream().map(Goal::description).toList());
    assertThat(redacted.measures()).extracting(Measure::kind, Measure::responsible, Measure::provider)
        .containsExactlyElementsOf(plan.measures().stream()
            .map(m -> org.assertj.core.groups.Tuple.tuple(m.kind(), m.responsible(), m.provider())).toList());
    assertThat(redacted.person().disability()).isEqualTo(plan.person().disability());
    assertThat(redacted.person().household().members().get(1).education()).isEqualTo(ChildEducation.SPECIAL_NEEDS_SCHOOL);
    assertThat(redacted.reviews().get(1).goalReviews()).hasSize(2);
    assertThat(redacted.competenceProfile().developments()).hasSize(2);
  }

  @Test
  void withdrawnConsentRemovesThemAgain() {
    IntegrationPlan plan = revealing(new Consent(LocalDate.of(2026, 1, 12), V2Samples.pharmacist().consent().scopes(),
        LocalDate.of(2026, 11, 30), null));
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    assertThat(redacted.person().disability()).isNull();
    assertThat(redacted.goals()).extracting(Goal::area).doesNotContain(GoalArea.HEALTH);
    assertThat(redacted.measures()).extracting(Measure::kind).doesNotContain("PSYCHOTHERAPY");
  }

  @Test
  void statisticsRemovesThemEvenWithConsent() {
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.STATISTICS).redact(revealingWithConsent());
    String json = PlanJson.create().write(redacted);
    for (String code : GIVEAWAY_CODES) {
      assertThat(json).as(code).doesNotContain("\"" + code + "\"");
    }
    assertThat(json).doesNotContain("\"HEALTH\"", "\"SPECIAL_NEEDS_SCHOOL\"", TRAUMA_CENTRE, PSZ);
    assertThat(redacted.person().disability()).isNull();
    // and all free text, as for format 1.0
    // a provider is known by its name: the placeholder keeps the plan valid, the commissioning AGS stays
    assertThat(redacted.responsibleOrganisation().name()).isEqualTo(Redactor.PLACEHOLDER);
    assertThat(redacted.responsibleOrganisation().municipalityKey()).isEqualTo("08221000");
    assertThat(redacted.measures()).allSatisfy(m -> assertThat(m.provider()).isNull());
    assertThat(redacted.competenceProfile().courses()).allSatisfy(c -> assertThat(c.provider()).isNull());
    assertThat(redacted.competenceProfile().qualifications().get(0).recognition().authority()).isNull();
  }

  @Test
  void statisticsCoarsensTheDatesOfThePersonsLifeAndKeepsThoseOfTheCounselling() {
    IntegrationPlan plan = V2Samples.pharmacist();
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.STATISTICS).redact(plan);
    var residence = redacted.person().residence();
    assertThat(residence.grantedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(residence.validFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(residence.validUntil()).isEqualTo(LocalDate.of(2028, 9, 1));
    assertThat(residence.residenceObligationUntil()).isEqualTo(LocalDate.of(2028, 9, 1));
    assertThat(redacted.person().housing().since()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(redacted.created()).isEqualTo(OffsetDateTime.parse("2026-01-12T00:00:00Z"));
    // the counselling's own dates stay, for a Stichtag and a period
    assertThat(redacted.statusHistory()).isEqualTo(plan.statusHistory());
    assertThat(redacted.counsellingContacts()).extracting(CounsellingContact::date)
        .containsExactlyElementsOf(plan.counsellingContacts().stream().map(CounsellingContact::date).toList());
    assertThat(redacted.counsellingPeriod()).isEqualTo(plan.counsellingPeriod());
    assertThat(redacted.goals().get(0).agreedOn()).isEqualTo(plan.goals().get(0).agreedOn());
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void householdMemberIdsArePseudonymisedAndTheirReferencesWithThem(RedactionLevel level) {
    IntegrationPlan plan = V2Samples.pharmacist();
    IntegrationPlan redacted = Keys.redactor(level).redact(plan);
    List<String> members = redacted.person().household().members().stream().map(HouseholdMember::id).toList();
    assertThat(members).doesNotContain("m1", "m2", "m3").allSatisfy(id -> assertThat(id).startsWith("id-"));
    assertThat(redacted.goals().get(2).memberIds()).containsExactly(members.get(2));
    assertThat(redacted.measures().get(2).memberIds()).containsExactly(members.get(2));
    // local ids are scoped to their plan: another plan's m3 gets another pseudonym
    IntegrationPlan other = Keys.redactor(level).redact(V2Samples.pharmacistBuilder()
        .id(java.util.UUID.fromString("6a1f0c2e-8d4b-4f57-9a3e-2c7b5d9e1f05")).build());
    assertThat(other.person().household().members().get(2).id()).isNotEqualTo(members.get(2));
  }

  private static List<ValidationIssue> errors(IntegrationPlan plan) {
    return VALIDATOR.validate(plan).issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
  }
}
