package de.integrationsplan.core.model.v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The rules of format 2 on the sample plans, judged by Hibernate Validator: the pharmacist's plan
 * is clean, and each rule finds its fault at its place with its code and severity.
 */
final class V2RulesTest {

  private static Set<String> findings(IntegrationPlan plan) {
    return V2Findings.of(plan);
  }

  private static IntegrationPlan withPerson(UnaryOperator<Person.Builder> change) {
    return V2Samples.pharmacistBuilder().person(change.apply(V2Samples.personBuilder()).build()).build();
  }

  private static IntegrationPlan withRecognition(Recognition recognition) {
    Qualification q = V2Samples.pharmacyDegree();
    Qualification changed = new Qualification(q.id(), q.originalTitle(), q.country(), q.field(), q.eqfLevel(),
        q.iscedLevel(), q.occupation(), q.regulatedProfession(), q.documentsAvailable(), q.institutionRating(),
        recognition);
    CompetenceProfile p = V2Samples.competenceProfile();
    return V2Samples.pharmacistBuilder().competenceProfile(new CompetenceProfile(p.schooling(), p.schoolTrack(),
        p.literacy(), List.of(changed), p.workExperience(), p.languageSkills(), p.courses(), p.developments()))
        .build();
  }

  private static Recognition recognition(String state, LocalDate appliedOn, LocalDate decidedOn, String outcome,
      String measure) {
    return new Recognition("PROFESSIONAL_LAW", null, null, state, appliedOn, decidedOn, outcome, measure, null);
  }

  private static final String RECOGNITION = "/competenceProfile/qualifications/0/recognition/";

  /** The pharmacist's plan, completed on 2026-12-01: goals completed, measures done. */
  static IntegrationPlan completed(String reason) {
    List<Goal> goals = new ArrayList<>();
    for (Goal g : V2Samples.goals()) {
      goals.add(g.toBuilder().status(GoalStatus.COMPLETED).achievement(Achievement.ACHIEVED).build());
    }
    List<Measure> measures = new ArrayList<>();
    for (Measure m : V2Samples.measures()) {
      measures.add(new Measure(m.id(), m.goalIds(), m.memberIds(), m.kind(), m.description(), m.responsible(),
          m.provider(), MeasureStatus.DONE, m.plannedStart(), m.plannedEnd(), m.actualStart(), m.actualEnd()));
    }
    IntegrationPlan plan = V2Samples.pharmacist();
    List<StatusChange> history = new ArrayList<>(plan.statusHistory());
    history.add(new StatusChange(LocalDate.of(2026, 12, 1), PlanStatus.COMPLETED));
    return new IntegrationPlan(plan.id(), plan.schemaVersion(), plan.codeLists(), PlanStatus.COMPLETED, history,
        plan.created(), plan.updated(), plan.counsellingPeriod(), plan.responsibleOrganisation(),
        plan.integrationManager(), plan.consent(), plan.person(), plan.competenceProfile(), goals, measures,
        plan.counsellingContacts(), plan.reviews(), Closure.of(LocalDate.of(2026, 12, 1), reason), plan.extensions());
  }

  private static IntegrationPlan change(IntegrationPlan plan, UnaryOperator<IntegrationPlan.Builder> change) {
    return change.apply(plan.toBuilder()).build();
  }

  @Test
  void everyFaultyVariantHasFindingsAndOnlyTheValidOneHasNone() {
    V2Samples.variants().forEach((name, plan) -> {
      if (name.equals("valid")) {
        assertThat(findings(plan)).as(name).isEmpty();
      } else {
        assertThat(findings(plan)).as(name).isNotEmpty();
      }
    });
  }

  @Test
  void thePharmacistsPlanIsClean() {
    assertThat(findings(V2Samples.pharmacist())).isEmpty();
  }

  @Test
  void aCompletedPlanThatIsSettledIsClean() {
    assertThat(findings(completed("GOALS_ACHIEVED"))).isEmpty();
  }

  // special categories

  @Test
  void reportsEverySpecialCategoryValueWithoutTheConsentForIt() {
    IntegrationPlan plan = change(withPerson(p -> p.benefit("SGB_II")
            .disability(new Disability(50, List.of("G"), LocalDate.of(2026, 4, 1)))),
        b -> b.consent(Consent.of(LocalDate.of(2026, 1, 12), ConsentScope.COUNSELLING_RECORDS))
            .counsellingContact(new CounsellingContact(LocalDate.of(2026, 10, 5), ContactMode.PHONE, 15,
                List.of(GoalArea.LANGUAGE, GoalArea.HEALTH), null, null)));
    // free text may hold such data but is not, for being text: redaction keeps it out of exchange
    assertThat(findings(plan)).containsExactlyInAnyOrder(
        "ERROR plan.consent.specialCategoriesMissing /person/disability",
        "ERROR plan.consent.specialCategoriesMissing /counsellingContacts/5/topics/1");
  }

  @Test
  void reportsAHealthGoalAndHealthCareWithoutTheConsentForThem() {
    IntegrationPlan plan = IntegrationPlan.builder().id(V2Samples.pharmacist().id())
        .codeList(CodeListReference.of("measure-kind", V2Samples.LIST_VERSION),
            CodeListReference.of("responsible-party", V2Samples.LIST_VERSION))
        .created(V2Samples.pharmacist().created())
        .counsellingPeriod(CounsellingPeriod.of(V2Samples.START, V2Samples.START.plusYears(2)))
        .responsibleOrganisation(ResponsibleOrganisation.municipality("08221000"))
        .integrationManager("im-hd-07")
        .person(Person.builder("P-1").build())
        .goal(Goal.builder("g1", GoalArea.HEALTH, "Hausärztin finden").build())
        .measure(Measure.builder("m1", "HEALTH_CARE", "HEALTH_PROFESSIONAL").goal("g1").build(),
            Measure.builder("m2", "REFERRAL", "INTEGRATION_MANAGER").goal("g1").build())
        .build();
    assertThat(findings(plan)).as("codes their lists mark as special categories too").containsExactlyInAnyOrder(
        "ERROR plan.consent.specialCategoriesMissing /goals/0/area",
        "ERROR plan.consent.specialCategoriesMissing /measures/0/kind",
        "ERROR plan.consent.specialCategoriesMissing /measures/0/responsible");
  }

  @Test
  void leavesAPlanEnteredInErrorAlone() {
    IntegrationPlan plan = change(V2Samples.pharmacist(), b -> b.status(PlanStatus.ENTERED_IN_ERROR)
        .statusChange(new StatusChange(LocalDate.of(2026, 12, 1), PlanStatus.ENTERED_IN_ERROR))
        .consent(Consent.of(LocalDate.of(2026, 1, 12), ConsentScope.COUNSELLING_RECORDS)));
    assertThat(findings(plan)).isEmpty();
  }

  // closure

  @Test
  void aClosedPlanHasNoOpenGoalsOrMeasures() {
    IntegrationPlan settled = completed("MOVED_AWAY");
    List<StatusChange> history = new ArrayList<>(settled.statusHistory());
    history.set(history.size() - 1, new StatusChange(LocalDate.of(2026, 12, 1), PlanStatus.CLOSED));
    List<Goal> goals = new ArrayList<>(settled.goals());
    goals.set(1, V2Samples.goals()[1]);
    List<Measure> measures = new ArrayList<>(settled.measures());
    measures.set(2, V2Samples.measures()[2]);
    IntegrationPlan plan = new IntegrationPlan(settled.id(), settled.schemaVersion(), settled.codeLists(),
        PlanStatus.CLOSED, history, settled.created(), settled.updated(), settled.counsellingPeriod(),
        settled.responsibleOrganisation(), settled.integrationManager(), settled.consent(), settled.person(),
        settled.competenceProfile(), goals, measures, settled.counsellingContacts(), settled.reviews(),
        new Closure(LocalDate.of(2026, 12, 1), "MOVED_AWAY", null, "08222000", true), settled.extensions());
    assertThat(findings(plan)).containsExactlyInAnyOrder(
        "ERROR plan.closure.openGoal /goals/1/status",
        "ERROR plan.closure.openMeasure /measures/2/status");
  }

  @Test
  void aCompletedPlanHasNoReviewAfterItsClosure() {
    IntegrationPlan plan = change(completed("GOALS_ACHIEVED"),
        b -> b.review(new Review(LocalDate.of(2026, 12, 10), List.of(ParticipantRole.PERSON), List.of(), null, null)));
    assertThat(findings(plan)).containsExactly("ERROR plan.closure.reviewAfterClosure /reviews/1/date");
  }

  @Test
  void aCompletedPlanIsNotClosedForAReasonOfAnEarlyEnd() {
    assertThat(findings(completed("CONTACT_LOST"))).containsExactly("ERROR plan.closure.reasonMismatch /closure/reason");
    assertThat(findings(completed("MAXIMUM_DURATION"))).isEmpty();
    assertThat(findings(completed("A_NEWER_REASON"))).as("a code the rule does not know, not in its list")
        .containsExactly("ERROR plan.code.notInVersion /closure/reason");
  }

  @Test
  void aPlanHandedOverAfterAMoveNamesTheReceivingMunicipalityAndTheConsent() {
    IntegrationPlan completed = completed("GOALS_ACHIEVED");
    UnaryOperator<IntegrationPlan.Builder> closedWith = b -> b.status(PlanStatus.CLOSED);
    IntegrationPlan bare = change(completed, b -> closedWith.apply(b)
        .closure(Closure.of(LocalDate.of(2026, 12, 1), "MOVED_AWAY_HANDED_OVER")));
    assertThat(findings(bare)).contains(
        "ERROR plan.closure.handoverIncomplete /closure/receivingMunicipalityKey",
        "ERROR plan.closure.handoverIncomplete /closure/handOverConsent");
    IntegrationPlan handedOver = change(completed, b -> closedWith.apply(b)
        .closure(new Closure(LocalDate.of(2026, 12, 1), "MOVED_AWAY_HANDED_OVER", null, "08111000", true)));
    assertThat(findings(handedOver)).noneMatch(f -> f.contains("handoverIncomplete"));
  }

  // recognition

  @Test
  void noApplicationDateBeforeTheApplication() {
    assertThat(findings(withRecognition(recognition("NOT_APPLIED", LocalDate.of(2026, 2, 3), null, null, null))))
        .containsExactly("ERROR plan.recognition.appliedWhileNotApplied " + RECOGNITION + "appliedOn");
  }

  @Test
  void noDecisionDateWhilePending() {
    assertThat(findings(withRecognition(recognition("PENDING", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 6, 22),
        null, null)))).containsExactly("ERROR plan.recognition.decidedWhilePending " + RECOGNITION + "decidedOn");
  }

  @Test
  void anOutcomeOnlyOnceDecided() {
    assertThat(findings(withRecognition(recognition("PENDING", LocalDate.of(2026, 2, 3), null,
        "PARTIAL_EQUIVALENCE", null))))
        .containsExactly("ERROR plan.recognition.outcomeBeforeDecision " + RECOGNITION + "outcome");
    assertThat(findings(withRecognition(recognition("APPEALED", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 6, 22),
        "NO_EQUIVALENCE", null)))).isEmpty();
  }

  @Test
  void aCompensationMeasureOnlyWithAnOutcomeThatRequiresOne() {
    assertThat(findings(withRecognition(recognition("DECIDED", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 6, 22),
        "FULL_EQUIVALENCE", "KNOWLEDGE_TEST"))))
        .containsExactly("ERROR plan.recognition.compensationWithoutRequirement " + RECOGNITION + "compensationMeasure");
    assertThat(findings(withRecognition(recognition("DECIDED", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 6, 22),
        "PARTIAL_EQUIVALENCE", "ADAPTATION_QUALIFICATION")))).as("an adaptation qualification after partial equivalence")
        .isEmpty();
  }

  // warnings, by the plan's own day

  @Test
  void warnsOfAnActivePlanPastItsPlannedEnd() {
    IntegrationPlan plan = change(V2Samples.pharmacist(),
        b -> b.counsellingPeriod(CounsellingPeriod.of(V2Samples.START, LocalDate.of(2026, 11, 30))));
    assertThat(findings(plan)).containsExactly("WARNING plan.counsellingPeriod.passedWhileActive /counsellingPeriod/plannedEnd");
  }

  @Test
  void warnsOfAResidenceTitleExpiredWhileThePlanIsActive() {
    ResidenceStatus r = V2Samples.person().residence();
    ResidenceStatus expired = new ResidenceStatus(r.legalBasis(), r.grantedOn(), r.validFrom(), LocalDate.of(2026, 10, 31),
        r.workPermit(), r.identityClarified(), r.passportObtained(), r.residenceObligation(), null, null);
    assertThat(findings(withPerson(p -> p.residence(expired))))
        .containsExactly("WARNING plan.residence.expiredWhileActive /person/residence/validUntil");
    ResidenceStatus withFiction = new ResidenceStatus(r.legalBasis(), r.grantedOn(), r.validFrom(),
        LocalDate.of(2026, 10, 31), r.workPermit(), r.identityClarified(), r.passportObtained(), r.residenceObligation(),
        null, new FictionCertificate(LocalDate.of(2026, 10, 20), LocalDate.of(2027, 4, 20)));
    assertThat(findings(withPerson(p -> p.residence(withFiction)))).as("a Fiktionsbescheinigung covers the day").isEmpty();
  }

  @Test
  void warnsOfAJustificationTooShortToJustifyAnything() {
    IntegrationPlan plan = change(V2Samples.pharmacist(), b -> b.counsellingPeriod(
        new CounsellingPeriod(V2Samples.START, LocalDate.of(2029, 12, 31), "Kenntnisprüfung")));
    assertThat(findings(plan)).containsExactly("WARNING plan.text.insubstantial /counsellingPeriod/extensionJustification");
    IntegrationPlan justified = change(V2Samples.pharmacist(), b -> b.counsellingPeriod(new CounsellingPeriod(
        V2Samples.START, LocalDate.of(2029, 12, 31), "Kenntnisprüfung erst im Frühjahr 2029 möglich, danach Berufseinstieg")));
    assertThat(findings(justified)).isEmpty();
  }

  @Test
  void warnsOfAnEscoUriThatIsNoOccupation() {
    IntegrationPlan plan = change(V2Samples.pharmacist(), b -> b.goal(Goal.builder("g5", GoalArea.WORK,
            "Minijob in einer Apotheke bis zur Approbation").status(GoalStatus.AGREED)
        .target(GoalTarget.work(new WorkTarget(EmploymentKind.MINI_JOB, new Coding(Coding.ESCO, "1.2",
            "http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", null), 10, true)))
        .build()).measure(Measure.builder("m-job", "JOB_SEARCH", "PERSON").goal("g5").build()));
    assertThat(findings(plan)).containsExactly("WARNING plan.coding.escoNotOccupation /goals/4/target/work/occupation/code");
  }

  // the rules format 1 had, on format 2's records

  @Test
  void theStatusHistoryIsInOrderAndEndsWithTheStatus() {
    IntegrationPlan plan = change(V2Samples.pharmacist(),
        b -> b.statusChange(new StatusChange(LocalDate.of(2026, 5, 1), PlanStatus.ON_HOLD)));
    assertThat(findings(plan)).containsExactly("ERROR plan.statusHistory.notCurrent /statusHistory/2/status");
    IntegrationPlan reversed = change(V2Samples.pharmacist(), b -> b
        .statusChange(new StatusChange(LocalDate.of(2026, 5, 1), PlanStatus.ON_HOLD),
            new StatusChange(LocalDate.of(2026, 4, 1), PlanStatus.ACTIVE)));
    assertThat(findings(reversed)).containsExactly("ERROR plan.statusHistory.outOfOrder /statusHistory/3/date");
  }

  @Test
  void goalsAndMeasuresAreForMembersOfTheHousehold() {
    IntegrationPlan plan = change(V2Samples.pharmacist(), b -> b
        .goal(Goal.builder("g5", GoalArea.SCHOOL, "Schulplatz").status(GoalStatus.PROPOSED).member("m9").build())
        .measure(Measure.builder("m-schule", "SCHOOL_MATTERS", "SCHOOL").goal("g5").member("m2", "m8").build()));
    assertThat(findings(plan)).containsExactlyInAnyOrder(
        "ERROR plan.goal.unknownMember /goals/4/memberIds/0",
        "ERROR plan.measure.unknownMember /measures/4/memberIds/1");
  }

  @Test
  void householdMemberIdsAndCodeListsAreUnique() {
    Household h = V2Samples.household();
    List<HouseholdMember> members = new ArrayList<>(h.members());
    members.add(HouseholdMember.child("m2", 2020, ChildEducation.DAYCARE));
    IntegrationPlan plan = change(withPerson(p -> p.household(new Household(5, members))),
        b -> b.codeList(CodeListReference.of("benefit", "2026-11-25")));
    assertThat(findings(plan)).containsExactlyInAnyOrder(
        "ERROR plan.id.duplicate /person/household/members/3/id",
        "ERROR plan.id.duplicate /codeLists/15/uri");
  }

  @Test
  void theOrganisationIsIdentifiedAsItsKindNeeds() {
    IntegrationPlan plan = change(V2Samples.pharmacist(), b -> b.responsibleOrganisation(
        new ResponsibleOrganisation(OrganisationKind.DISTRICT, "08221000", null, null)));
    assertThat(findings(plan)).containsExactly("ERROR plan.organisation.keyMissing /responsibleOrganisation/districtKey");
    IntegrationPlan district = change(V2Samples.pharmacist(), b -> b.responsibleOrganisation(
        ResponsibleOrganisation.district("8226")));
    assertThat(findings(district)).containsExactly(
        "ERROR plan.organisation.districtKeyFormat /responsibleOrganisation/districtKey");
  }

  @Test
  void aPlanOfFormat2NamesItsCodeListsAndAVersion2() {
    IntegrationPlan plan = V2Samples.pharmacist();
    IntegrationPlan bare = new IntegrationPlan(plan.id(), "1.0", List.of(), plan.status(), plan.statusHistory(),
        plan.created(), plan.updated(), plan.counsellingPeriod(), plan.responsibleOrganisation(),
        plan.integrationManager(), plan.consent(), plan.person(), plan.competenceProfile(), plan.goals(),
        plan.measures(), plan.counsellingContacts(), plan.reviews(), plan.closure(), plan.extensions());
    assertThat(findings(bare)).containsExactlyInAnyOrder(
        "ERROR plan.schemaVersion2Format /schemaVersion", "ERROR plan.codeList.none /codeLists");
    assertThat(findings(change(plan, b -> b.codeList(new CodeListReference("legal-basis", "1.0")))))
        .containsExactlyInAnyOrder("ERROR plan.codeList.uriFormat /codeLists/15/uri",
            "ERROR plan.codeList.versionFormat /codeLists/15/version");
  }

  @Test
  void aCodeHasTheFormOfACode() {
    assertThat(findings(withPerson(p -> p.targetGroup("Anschlussunterbringung")
        .benefit("SGB_II", "wohngeld"))))
        .containsExactlyInAnyOrder("ERROR plan.codeFormat /person/targetGroup", "ERROR plan.codeFormat /person/benefits/1");
  }

  @Test
  void noBenefitStandsAlone() {
    assertThat(findings(withPerson(p -> p.benefit("NONE", "KINDERGELD"))))
        .containsExactly("ERROR plan.person.benefitsNoneWithOthers /person/benefits");
  }

  @Test
  void targetsFitTheirArea() {
    IntegrationPlan plan = change(V2Samples.pharmacist(), b -> b.goal(Goal.builder("g5", GoalArea.WORK,
            "Einbürgerung vorbereiten").status(GoalStatus.PROPOSED)
        .target(GoalTarget.naturalisation(new NaturalisationTarget(NaturalisationStep.TEST_PASSED))).build()));
    assertThat(findings(plan)).containsExactly("ERROR plan.goal.targetAreaMismatch /goals/4/target/naturalisation");
  }

  @Test
  void theRulesOfFormat1HoldOnFormat2sRecords() {
    IntegrationPlan plan = V2Samples.pharmacist();
    assertThat(findings(change(plan, b -> b.review(new Review(LocalDate.of(2026, 1, 20), List.of(), List.of(), null, null)))))
        .containsExactly("ERROR plan.review.outsideCounsellingPeriod /reviews/1/date");
    assertThat(findings(change(plan, b -> b.counsellingPeriod(new CounsellingPeriod(V2Samples.START,
        LocalDate.of(2030, 6, 30), "Kenntnisprüfung und Berufseinstieg brauchen mehr Zeit als geplant")))))
        .containsExactly("ERROR plan.counsellingPeriod.exceedsMaximum /counsellingPeriod/plannedEnd");
    assertThat(findings(change(plan, b -> b.goal(Goal.builder("g5", GoalArea.LANGUAGE, "Deutsch B1").status(GoalStatus.ACTIVE)
        .target(GoalTarget.language(new LanguageTarget("deu", CefrLevel.B1, null))).build())
        .measure(Measure.builder("m5", "COURSE", "COURSE_PROVIDER").goal("g5").build()))))
        .containsExactly("ERROR plan.goal.targetLevelNotAbove /goals/4/target/language/level");
    assertThat(findings(change(plan, b -> b.goal(Goal.builder("g5", GoalArea.LANGUAGE, "Fachsprachprüfung auf B1 bestehen")
        .status(GoalStatus.ACTIVE)
        .target(GoalTarget.language(new LanguageTarget("deu", CefrLevel.B1, LanguageEvidence.PROFESSIONAL_LANGUAGE_EXAM))).build())
        .measure(Measure.builder("m5", "COURSE", "COURSE_PROVIDER").goal("g5").build()))))
        .as("the level reached, with the certificate still needed").isEmpty();
    assertThat(findings(change(plan, b -> b.goal(Goal.builder("g5", GoalArea.PARTICIPATION, "Sportverein finden")
        .status(GoalStatus.AGREED).build()))))
        .containsExactly("WARNING plan.goal.withoutMeasure /goals/4");
    assertThat(findings(change(plan, b -> b.measure(Measure.builder("m5", "COUNSELLING", "PERSON").goal("g9").build()))))
        .containsExactly("ERROR plan.measure.unknownGoal /measures/4/goalIds/0");
    assertThat(findings(change(plan, b -> b.status(PlanStatus.COMPLETED)
        .statusChange(new StatusChange(LocalDate.of(2026, 12, 1), PlanStatus.COMPLETED)))))
        .containsExactly("ERROR plan.closure.missing /closure");
  }

  @Test
  void codingsAndFictionCertificatesAreChecked() {
    IntegrationPlan plan = change(V2Samples.pharmacist(), b -> b.goal(Goal.builder("g5", GoalArea.WORK, "Minijob")
        .status(GoalStatus.PROPOSED)
        .target(GoalTarget.work(new WorkTarget(EmploymentKind.MINI_JOB, new Coding(Coding.ISCO_08, "08", "22a", null),
            null, null))).build()));
    assertThat(findings(plan)).containsExactly("ERROR plan.coding.invalidCode /goals/4/target/work/occupation/code");
    IntegrationPlan field = change(V2Samples.pharmacist(), b -> b.goal(Goal.builder("g5", GoalArea.WORK, "Minijob")
        .status(GoalStatus.PROPOSED)
        .target(GoalTarget.work(new WorkTarget(EmploymentKind.MINI_JOB, new Coding(Coding.ISCED_F_2013, "2013", "0916", null),
            null, null))).build()));
    assertThat(findings(field)).containsExactly("ERROR plan.coding.unexpectedSystem /goals/4/target/work/occupation/system");
    ResidenceStatus r = V2Samples.person().residence();
    ResidenceStatus reversed = new ResidenceStatus(r.legalBasis(), r.grantedOn(), r.validFrom(), r.validUntil(),
        r.workPermit(), null, null, null, null, new FictionCertificate(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 4, 20)));
    assertThat(findings(withPerson(p -> p.residence(reversed))))
        .containsExactly("ERROR plan.residence.validityReversed /person/residence/fictionCertificate/validUntil");
  }
}
