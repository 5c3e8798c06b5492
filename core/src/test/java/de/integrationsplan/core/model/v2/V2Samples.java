package de.integrationsplan.core.model.v2;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Realistic plans of format 2, built in Java, for every test that needs one. The main sample is a
 * pharmacist from Syria whose recognition decided that a knowledge test (<em>Kenntnisprüfung</em>)
 * is required, living with her husband and two daughters in a flat of the <em>Anschlussunterbringung</em>
 * in Heidelberg, counselled by a provider the city commissioned; with counselling contacts and a
 * status history. The codes are codes of the 2026-12-01 versions of the code lists. Everything is
 * made up.
 */
public final class V2Samples {

  /** The version of every code list the samples name. */
  public static final String LIST_VERSION = "2026-12-01";

  /** The code lists the samples' coded values come from. */
  public static final List<String> LISTS = List.of("legal-basis", "work-permit", "benefit", "target-group",
      "course-type", "recognition-procedure", "recognition-state", "recognition-outcome",
      "compensation-measure", "statement-result", "measure-kind", "responsible-party", "closure-reason",
      "school-track");

  /** The first day of the counselling period. */
  public static final LocalDate START = LocalDate.of(2026, 1, 26);

  private V2Samples() {}

  /**
   * The pharmacist's plan, valid: no error and no warning.
   *
   * @return the plan
   */
  public static IntegrationPlan pharmacist() {
    return pharmacistBuilder().build();
  }

  /**
   * A builder holding the pharmacist's plan, to change some of it.
   *
   * @return the builder
   */
  public static IntegrationPlan.Builder pharmacistBuilder() {
    IntegrationPlan.Builder b = IntegrationPlan.builder()
        .id(UUID.fromString("6a1f0c2e-8d4b-4f57-9a3e-2c7b5d9e1f04"))
        .status(PlanStatus.ACTIVE)
        .statusChange(new StatusChange(LocalDate.of(2026, 1, 12), PlanStatus.DRAFT),
            new StatusChange(START, PlanStatus.ACTIVE))
        .created(OffsetDateTime.parse("2026-01-12T09:30:00+01:00"))
        .updated(OffsetDateTime.parse("2026-12-01T11:20:00+01:00"))
        .counsellingPeriod(CounsellingPeriod.of(START, LocalDate.of(2029, 1, 25)))
        .responsibleOrganisation(new ResponsibleOrganisation(OrganisationKind.PROVIDER, "08221000", null,
            "Diakonisches Werk Heidelberg, Integrationsmanagement"))
        .integrationManager("im-hd-07")
        .consent(new Consent(LocalDate.of(2026, 1, 12), List.of(ConsentScope.COUNSELLING_RECORDS,
            ConsentScope.SPECIAL_CATEGORIES, ConsentScope.EXCHANGE_WITH_SERVICES,
            ConsentScope.ANONYMOUS_STATISTICS), null, null))
        .person(person())
        .competenceProfile(competenceProfile())
        .goal(goals())
        .measure(measures())
        .counsellingContact(contacts())
        .review(new Review(LocalDate.of(2026, 7, 20),
            List.of(ParticipantRole.PERSON, ParticipantRole.INTEGRATION_MANAGER, ParticipantRole.INTERPRETER),
            List.of(new GoalReview("g1", Achievement.IN_PROGRESS, null),
                new GoalReview("g2", Achievement.IN_PROGRESS, null)),
            LocalDate.of(2027, 1, 18), null));
    for (String list : LISTS) {
      b.codeList(CodeListReference.of(list, LIST_VERSION));
    }
    b.codeList(CodeListReference.nationality("2021-02-19"));
    return b;
  }

  /**
   * The pharmacist.
   *
   * @return the person
   */
  public static Person person() {
    return personBuilder().benefit("SGB_II", "KINDERGELD").build();
  }

  /**
   * A builder holding the pharmacist, without her benefits, to change some of it.
   *
   * @return the builder
   */
  public static Person.Builder personBuilder() {
    return Person.builder("P-2026-0815")
        .birthYear(1988)
        .minor(false)
        .sex(Sex.FEMALE)
        .nationality("475")
        .countryOfOrigin("SY")
        .language("apc", "ara")
        .municipalityKey("08221000")
        .targetGroup("FOLLOW_UP_ACCOMMODATION")
        .residence(new ResidenceStatus("AUFENTHG_25_2_REFUGEE", LocalDate.of(2025, 9, 15),
            LocalDate.of(2025, 9, 15), LocalDate.of(2028, 9, 14), "GAINFUL_EMPLOYMENT_PERMITTED", true, true,
            true, LocalDate.of(2028, 9, 14), null))
        .household(household())
        .housing(new Housing(HousingForm.APARTMENT, LocalDate.of(2025, 11, 1)));
  }

  /**
   * Her household: husband and two daughters.
   *
   * @return the household
   */
  public static Household household() {
    return new Household(4, List.of(
        new HouseholdMember("m1", HouseholdRole.PARTNER, 1985, Sex.MALE, null, null),
        new HouseholdMember("m2", HouseholdRole.CHILD, 2018, Sex.FEMALE, ChildEducation.PRIMARY_SCHOOL, "GRUNDSCHULE"),
        new HouseholdMember("m3", HouseholdRole.CHILD, 2024, Sex.FEMALE, ChildEducation.NONE, null)));
  }

  /**
   * The pharmacy degree, its recognition decided with a knowledge test required.
   *
   * @return the qualification
   */
  public static Qualification pharmacyDegree() {
    return Qualification.builder("q1", "Bachelor of Pharmacy and Pharmaceutical Chemistry, Damascus University")
        .country("SY")
        .field(new Coding(Coding.ISCED_F_2013, "2013", "0916", "Pharmacy"))
        .eqfLevel(7)
        .iscedLevel(7)
        .occupation(new Coding(Coding.ISCO_08, "08", "2262", "Pharmacists"))
        .regulatedProfession(true)
        .documentsAvailable(true)
        .institutionRating(AnabinRating.H_PLUS)
        .recognition(recognition())
        .build();
  }

  /**
   * The recognition under the BApO: decided, knowledge test under way.
   *
   * @return the recognition
   */
  public static Recognition recognition() {
    return new Recognition("PROFESSIONAL_LAW",
        "Regierungspräsidium Stuttgart, Landesprüfungsamt für Medizin und Pharmazie", "Apothekerin",
        "COMPENSATION_IN_PROGRESS", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 6, 22),
        "COMPENSATION_MEASURE_REQUIRED", "KNOWLEDGE_TEST", null);
  }

  /**
   * The stock-taking of competences.
   *
   * @return the profile
   */
  public static CompetenceProfile competenceProfile() {
    return CompetenceProfile.builder()
        .schooling(new Schooling("SY", 12, "Shahadat al-Thanawiya al-Amma", 3,
            SchoolCertificateEquivalent.ALLGEMEINE_HOCHSCHULREIFE))
        .literacy(Literacy.LATIN_SCRIPT)
        .qualification(pharmacyDegree())
        .workExperience(new WorkExperience(new Coding(Coding.ISCO_08, "08", "2262", "Pharmacists"),
            "Angestellte Apothekerin in einer öffentlichen Apotheke", "SY",
            java.time.YearMonth.of(2011, 9), java.time.YearMonth.of(2015, 6)))
        .languageSkill(LanguageSkill.overall("deu", CefrLevel.B1, LanguageEvidence.DTZ, LocalDate.of(2026, 5, 20)))
        .languageSkill(LanguageSkill.overall("ara", CefrLevel.C2, LanguageEvidence.SELF_ASSESSMENT, null))
        .course(new Course("INTEGRATION_GENERAL", CourseStatus.COMPLETED, CefrLevel.B1, "VHS Heidelberg",
            LocalDate.of(2025, 10, 6), LocalDate.of(2026, 5, 15), CefrLevel.B1, LanguageEvidence.DTZ))
        .course(new Course("JOB_LANGUAGE_SPECIAL_RECOGNITION", CourseStatus.IN_PROGRESS, CefrLevel.C1,
            "Sprachinstitut am Bismarckplatz", LocalDate.of(2026, 9, 7), null, null, null))
        .development(new Development(LocalDate.of(2026, 6, 25), GoalArea.RECOGNITION,
            "Bescheid erhalten: Kenntnisprüfung erforderlich; Anmeldung zum Frühjahr 2027 besprochen."))
        .build();
  }

  /**
   * Four goals: the licence, German C1, a Kita place for the younger daughter, a settlement permit.
   *
   * @return the goals
   */
  public static Goal[] goals() {
    return new Goal[] {
        Goal.builder("g1", GoalArea.RECOGNITION, "Approbation als Apothekerin nach bestandener Kenntnisprüfung")
            .status(GoalStatus.ACTIVE).priority(Priority.HIGH).agreedOn(START).dueDate(LocalDate.of(2027, 9, 30))
            .target(GoalTarget.recognition(new RecognitionTarget("q1", "FULL_EQUIVALENCE"))).build(),
        Goal.builder("g2", GoalArea.LANGUAGE, "Deutsch auf C1 für die Fachsprachprüfung der Landesapothekerkammer")
            .status(GoalStatus.ACTIVE).priority(Priority.HIGH).agreedOn(START).dueDate(LocalDate.of(2027, 3, 31))
            .target(GoalTarget.language(new LanguageTarget("deu", CefrLevel.C1, LanguageEvidence.PROFESSIONAL_LANGUAGE_EXAM)))
            .build(),
        Goal.builder("g3", GoalArea.CHILDREN_AND_FAMILY, "Kita-Platz für die jüngere Tochter")
            .status(GoalStatus.ACTIVE).priority(Priority.MEDIUM).agreedOn(START).dueDate(LocalDate.of(2027, 3, 1))
            .target(GoalTarget.education(new EducationTarget(EducationTargetKind.DAYCARE_PLACE, null)))
            .member("m3").build(),
        Goal.builder("g4", GoalArea.SECURING_RESIDENCE, "Niederlassungserlaubnis nach drei Jahren Aufenthalt prüfen")
            .status(GoalStatus.AGREED).priority(Priority.LOW).agreedOn(LocalDate.of(2026, 7, 20))
            .target(GoalTarget.residence(new ResidenceTarget("AUFENTHG_26_3"))).build()};
  }

  /**
   * The measures serving the goals.
   *
   * @return the measures
   */
  public static Measure[] measures() {
    return new Measure[] {
        Measure.builder("m-anerkennung", "RECOGNITION_PROCEDURE", "RECOGNITION_BODY").goal("g1")
            .status(MeasureStatus.IN_PROGRESS).planned(LocalDate.of(2026, 2, 3), LocalDate.of(2027, 6, 30))
            .actual(LocalDate.of(2026, 2, 3), null).build(),
        Measure.builder("m-sprachkurs", "COURSE", "COURSE_PROVIDER").goal("g2", "g1")
            .provider("Sprachinstitut am Bismarckplatz")
            .status(MeasureStatus.IN_PROGRESS).planned(LocalDate.of(2026, 9, 7), LocalDate.of(2027, 2, 26))
            .actual(LocalDate.of(2026, 9, 7), null).build(),
        Measure.builder("m-kita", "CHILDCARE", "INTEGRATION_MANAGER").goal("g3").member("m3")
            .status(MeasureStatus.PLANNED).planned(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)).build(),
        Measure.builder("m-mbe", "REFERRAL", "MBE").goal("g4")
            .status(MeasureStatus.PLANNED).planned(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 30)).build()};
  }

  /**
   * Five counselling contacts.
   *
   * @return the contacts
   */
  public static CounsellingContact[] contacts() {
    return new CounsellingContact[] {
        new CounsellingContact(LocalDate.of(2026, 1, 12), ContactMode.IN_PERSON, 75,
            List.of(GoalArea.RECOGNITION, GoalArea.LANGUAGE, GoalArea.CHILDREN_AND_FAMILY), true, "apc"),
        new CounsellingContact(LocalDate.of(2026, 3, 9), ContactMode.PHONE, 20, List.of(GoalArea.RECOGNITION), false, null),
        new CounsellingContact(LocalDate.of(2026, 6, 25), ContactMode.IN_PERSON, 45,
            List.of(GoalArea.RECOGNITION, GoalArea.WORK), false, null),
        new CounsellingContact(LocalDate.of(2026, 9, 14), ContactMode.HOME_VISIT, 50,
            List.of(GoalArea.CHILDREN_AND_FAMILY, GoalArea.FINANCES), true, "apc"),
        new CounsellingContact(LocalDate.of(2026, 12, 1), ContactMode.VIDEO, 30, List.of(GoalArea.LANGUAGE), false, null)};
  }

  /**
   * Variants of the pharmacist's plan, each with the faults of one or more rules of format 2, named
   * for them; for tests that compare two judges of the rules.
   *
   * @return the plans by name, the valid plan first
   */
  public static Map<String, IntegrationPlan> variants() {
    Map<String, IntegrationPlan> all = new LinkedHashMap<>();
    all.put("valid", pharmacist());
    all.put("special categories without the consent", pharmacistBuilder()
        .consent(Consent.of(LocalDate.of(2026, 1, 12), ConsentScope.COUNSELLING_RECORDS))
        .person(personBuilder().disability(new Disability(50, List.of("G"), null)).build())
        .counsellingContact(new CounsellingContact(LocalDate.of(2026, 10, 5), ContactMode.PHONE, 15,
            List.of(GoalArea.HEALTH), null, null))
        .build());
    all.put("closed with open goals and measures, a later review, a reason of a regular end", pharmacistBuilder()
        .status(PlanStatus.CLOSED)
        .statusChange(new StatusChange(LocalDate.of(2026, 7, 1), PlanStatus.CLOSED))
        .closure(Closure.of(LocalDate.of(2026, 7, 1), "GOALS_ACHIEVED"))
        .build());
    Recognition pending = new Recognition("BQFG", null, null, "PENDING", LocalDate.of(2026, 2, 3),
        LocalDate.of(2026, 6, 22), "FULL_EQUIVALENCE", "APTITUDE_TEST", null);
    Recognition notApplied = new Recognition(null, null, null, "NOT_APPLIED", LocalDate.of(2026, 2, 3), null, null,
        null, null);
    Qualification q = pharmacyDegree();
    CompetenceProfile p = competenceProfile();
    all.put("recognitions whose dates, outcome and measure do not fit their state", pharmacistBuilder()
        .competenceProfile(new CompetenceProfile(p.schooling(), p.schoolTrack(), p.literacy(), List.of(
            new Qualification("q1", q.originalTitle(), q.country(), q.field(), q.eqfLevel(), q.iscedLevel(),
                q.occupation(), q.regulatedProfession(), q.documentsAvailable(), q.institutionRating(), pending),
            new Qualification("q2", "Diplom", null, null, null, null, null, null, null, null, notApplied)),
            p.workExperience(), p.languageSkills(), p.courses(), p.developments()))
        .build());
    ResidenceStatus r = person().residence();
    all.put("past its end, residence expired, short justification, ESCO skill", pharmacistBuilder()
        .counsellingPeriod(new CounsellingPeriod(START, LocalDate.of(2026, 11, 30), "Kurs"))
        .person(personBuilder().residence(new ResidenceStatus(r.legalBasis(), r.grantedOn(), r.validFrom(),
            LocalDate.of(2026, 10, 31), r.workPermit(), null, null, null, null, null)).build())
        .goal(Goal.builder("g5", GoalArea.WORK, "Minijob").status(GoalStatus.PROPOSED)
            .target(GoalTarget.work(new WorkTarget(EmploymentKind.MINI_JOB, new Coding(Coding.ESCO, "1.2",
                "http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", null), null, null)))
            .build())
        .build());
    all.put("history out of order, unknown members, organisation without key, codes of a wrong form", pharmacistBuilder()
        .statusChange(new StatusChange(LocalDate.of(2026, 1, 1), PlanStatus.ACTIVE))
        .responsibleOrganisation(new ResponsibleOrganisation(OrganisationKind.DISTRICT, null, null, null))
        .person(personBuilder().targetGroup("au").benefit("NONE", "SGB_II").build())
        .goal(Goal.builder("g5", GoalArea.SCHOOL, "Schulplatz").member("m9").build())
        .measure(Measure.builder("m5", "SCHOOL_MATTERS", "SCHOOL").goal("g5").member("m8").build())
        .codeList(CodeListReference.of("benefit", "2026-11-25"))
        .build());
    return all;
  }
}
