package de.integrationsplan.core.testing;

import de.integrationsplan.core.model.v1.Accommodation;
import de.integrationsplan.core.model.v1.AccommodationType;
import de.integrationsplan.core.model.v1.Achievement;
import de.integrationsplan.core.model.v1.BenefitType;
import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Child;
import de.integrationsplan.core.model.v1.ChildEducation;
import de.integrationsplan.core.model.v1.Coding;
import de.integrationsplan.core.model.v1.CompetenceProfile;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.Course;
import de.integrationsplan.core.model.v1.CourseStatus;
import de.integrationsplan.core.model.v1.CourseType;
import de.integrationsplan.core.model.v1.Development;
import de.integrationsplan.core.model.v1.EducationTarget;
import de.integrationsplan.core.model.v1.EducationTargetKind;
import de.integrationsplan.core.model.v1.EmploymentKind;
import de.integrationsplan.core.model.v1.Extension;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalReview;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.Household;
import de.integrationsplan.core.model.v1.HousingTarget;
import de.integrationsplan.core.model.v1.HousingTargetKind;
import de.integrationsplan.core.model.v1.IdentifyingData;
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
import de.integrationsplan.core.model.v1.ResponsibleOrganisation;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import de.integrationsplan.core.model.v1.Review;
import de.integrationsplan.core.model.v1.SchoolCertificateEquivalent;
import de.integrationsplan.core.model.v1.Schooling;
import de.integrationsplan.core.model.v1.Sex;
import de.integrationsplan.core.model.v1.WorkExperience;
import de.integrationsplan.core.model.v1.WorkTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Realistic plans for tests: a Syrian nurse with her family in Heidelberg's Anschlussunterbringung,
 * every part of the model filled in.
 */
public final class TestPlans {

  private TestPlans() {}

  /** Day counselling started. */
  public static final LocalDate START = LocalDate.of(2025, 3, 3);

  /**
   * A complete, valid, active plan that uses every record type.
   *
   * @return the plan
   */
  public static IntegrationPlan complete() {
    return completeBuilder().build();
  }

  /**
   * The builder of {@link #complete()}, to vary it.
   *
   * @return a builder
   */
  public static IntegrationPlan.Builder completeBuilder() {
    Coding nurse = new Coding(Coding.KLDB_2010, "2020", "81302", "Berufe in der Gesundheits- und Krankenpflege");
    Qualification nursing = Qualification.builder("q1", "Bachelor of Nursing (بكالوريوس التمريض)")
        .country("SY")
        .field(new Coding(Coding.ISCED_F_2013, "2013", "0913", "Nursing and midwifery"))
        .level(6)
        .occupation(nurse)
        .regulatedProfession(true)
        .documentsAvailable(true)
        .recognition(new Recognition(RecognitionProcedure.BQFG, "Regierungspräsidium Stuttgart, Landesprüfungsamt",
            "Pflegefachfrau", LocalDate.of(2025, 5, 12), LocalDate.of(2025, 11, 20),
            RecognitionOutcome.COMPENSATION_MEASURE_REQUIRED))
        .build();
    return IntegrationPlan.builder()
        .id(UUID.fromString("3f1c2a9e-8b7d-4c55-9a61-0d2e4f6a8b10"))
        .status(PlanStatus.ACTIVE)
        .created(OffsetDateTime.parse("2025-03-03T09:30:00+01:00"))
        .updated(OffsetDateTime.parse("2026-02-16T14:05:12.5+01:00"))
        .counsellingPeriod(new CounsellingPeriod(START, LocalDate.of(2028, 3, 2), null))
        .responsibleOrganisation(new ResponsibleOrganisation("08221000", "Stadt Heidelberg, Amt für Soziales und Senioren"))
        .integrationManager("im-hd-07")
        .consent(new Consent(START, List.of(ConsentScope.COUNSELLING_RECORDS, ConsentScope.EXCHANGE_WITH_AUTHORITIES), null))
        .person(Person.builder("p-2025-0113")
            .identifyingData(new IdentifyingData("Rania", "Al-Khatib", LocalDate.of(1991, 6, 14)))
            .birthYear(1991)
            .sex(Sex.FEMALE)
            .nationality("SY")
            .countryOfOrigin("SY")
            .language("arb", "kmr")
            .residence(new ResidenceStatus(LegalBasis.AUFENTHG_25_2_REFUGEE, LocalDate.of(2024, 9, 1), LocalDate.of(2027, 8, 31)))
            .benefit(BenefitType.SGB_II)
            .household(new Household(2, List.of(new Child(2016, ChildEducation.PRIMARY_SCHOOL), new Child(2022, ChildEducation.DAYCARE))))
            .accommodation(new Accommodation(AccommodationType.FOLLOW_UP_APARTMENT, LocalDate.of(2025, 2, 1)))
            .build())
        .competenceProfile(CompetenceProfile.builder()
            .schooling(new Schooling("SY", 12, "الشهادة الثانوية (Tawjihi)", 3, SchoolCertificateEquivalent.ALLGEMEINE_HOCHSCHULREIFE))
            .literacy(Literacy.LATIN_SCRIPT)
            .qualification(nursing)
            .workExperience(new WorkExperience(nurse, "Krankenschwester, Al-Mouwasat-Krankenhaus", "SY", YearMonth.of(2013, 9), YearMonth.of(2019, 12)))
            .languageSkill(new LanguageSkill("deu", null, CefrLevel.B1, CefrLevel.B1, CefrLevel.A2, CefrLevel.B1, null, LanguageEvidence.DTZ, LocalDate.of(2025, 10, 2)))
            .languageSkill(LanguageSkill.overall("arb", CefrLevel.C2, LanguageEvidence.SELF_ASSESSMENT, null))
            .course(new Course(CourseType.INTEGRATION_GENERAL, CourseStatus.COMPLETED, CefrLevel.B1, "VHS Heidelberg",
                LocalDate.of(2024, 10, 7), LocalDate.of(2025, 9, 26), CefrLevel.B1, LanguageEvidence.DTZ))
            .course(new Course(CourseType.JOB_LANGUAGE_SPECIAL, CourseStatus.REGISTERED, CefrLevel.B2, null, null, null, null, null))
            .development(new Development(LocalDate.of(2025, 6, 30), GoalArea.CHILDREN_AND_FAMILY, "Jüngere Tochter hat einen Kita-Platz erhalten."))
            .build())
        .goal(Goal.builder("g-lang", GoalArea.LANGUAGE, "Deutsch auf B2 für die Kenntnisprüfung in der Pflege")
            .status(GoalStatus.ACTIVE).priority(Priority.HIGH)
            .agreedOn(LocalDate.of(2025, 10, 6)).dueDate(LocalDate.of(2026, 9, 30))
            .achievement(Achievement.IN_PROGRESS)
            .target(GoalTarget.language(new LanguageTarget("deu", CefrLevel.B2))).build())
        .goal(Goal.builder("g-rec", GoalArea.RECOGNITION, "Volle Anerkennung als Pflegefachfrau")
            .status(GoalStatus.ACTIVE).priority(Priority.HIGH)
            .agreedOn(LocalDate.of(2025, 3, 17)).dueDate(LocalDate.of(2027, 3, 31))
            .target(GoalTarget.recognition(new RecognitionTarget("q1", RecognitionOutcome.FULL_EQUIVALENCE))).build())
        .goal(Goal.builder("g-work", GoalArea.WORK, "Anstellung als Pflegehelferin bis zur Anerkennung")
            .status(GoalStatus.AGREED).priority(Priority.MEDIUM)
            .agreedOn(LocalDate.of(2025, 10, 6))
            .target(GoalTarget.work(new WorkTarget(EmploymentKind.EMPLOYMENT, new Coding(Coding.KLDB_2010, "2020", "81301", null)))).build())
        .goal(Goal.builder("g-house", GoalArea.HOUSING, "Eigene Wohnung für die Familie")
            .status(GoalStatus.ACTIVE).priority(Priority.MEDIUM)
            .target(GoalTarget.housing(new HousingTarget(HousingTargetKind.OWN_TENANCY))).build())
        .goal(Goal.builder("g-school", GoalArea.SCHOOL, "Übergang der älteren Tochter in die weiterführende Schule")
            .status(GoalStatus.PROPOSED)
            .target(GoalTarget.education(new EducationTarget(EducationTargetKind.SCHOOL_PLACE, null))).build())
        .goal(Goal.builder("g-part", GoalArea.PARTICIPATION, "Kontakte im Stadtteil")
            .status(GoalStatus.COMPLETED).achievement(Achievement.ACHIEVED)
            .target(GoalTarget.text("Teilnahme am Frauencafé im Stadtteiltreff")).build())
        .measure(Measure.builder("m1", MeasureKind.COURSE, ResponsibleParty.PERSON)
            .goal("g-lang").description("Berufssprachkurs B2 Pflege").provider("Internationaler Bund Heidelberg")
            .status(MeasureStatus.IN_PROGRESS).planned(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 6, 30))
            .actual(LocalDate.of(2025, 11, 3), null).build())
        .measure(Measure.builder("m2", MeasureKind.RECOGNITION_PROCEDURE, ResponsibleParty.RECOGNITION_COUNSELLING)
            .goal("g-rec", "g-work").description("Beratung zur Kenntnisprüfung und Anpassungslehrgang")
            .status(MeasureStatus.PLANNED).planned(LocalDate.of(2026, 1, 12), null).build())
        .measure(Measure.builder("m3", MeasureKind.HOUSING_SEARCH, ResponsibleParty.INTEGRATION_MANAGER)
            .goal("g-house").status(MeasureStatus.IN_PROGRESS).build())
        .review(new Review(LocalDate.of(2025, 10, 6), List.of(ParticipantRole.PERSON, ParticipantRole.INTEGRATION_MANAGER, ParticipantRole.INTERPRETER),
            List.of(new GoalReview("g-lang", Achievement.IN_PROGRESS, "DTZ mit B1 bestanden"), new GoalReview("g-part", Achievement.ACHIEVED, null)),
            LocalDate.of(2026, 4, 6), null))
        .extension(new Extension("https://vendor.example/integrationsplan/aktenzeichen", "HD-IM-2025-0113"),
            new Extension("https://vendor.example/integrationsplan/flags", Map.of("interpreterNeeded", true, "score", new BigDecimal("2.5"), "tags", List.of("pflege", "familie"))));
  }

  /**
   * The smallest valid plan: a draft with a person and nothing else.
   *
   * @return the plan
   */
  public static IntegrationPlan minimal() {
    return IntegrationPlan.builder()
        .id(UUID.fromString("00000000-0000-4000-8000-000000000001"))
        .created(OffsetDateTime.parse("2026-01-05T08:00:00Z"))
        .counsellingPeriod(CounsellingPeriod.of(LocalDate.of(2026, 1, 5), LocalDate.of(2029, 1, 4)))
        .responsibleOrganisation(ResponsibleOrganisation.of("08111000"))
        .integrationManager("im-s-01")
        .person(Person.builder("p-1").build())
        .build();
  }
}
