package de.integrationsplan.core.testing;

import de.integrationsplan.core.model.v1.Accommodation;
import de.integrationsplan.core.model.v1.AccommodationType;
import de.integrationsplan.core.model.v1.Achievement;
import de.integrationsplan.core.model.v1.BenefitType;
import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Child;
import de.integrationsplan.core.model.v1.ChildEducation;
import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.ClosureReason;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan in which every component is set and every String holds a distinct canary
 * {@code CANARY-nn}, except the technical ids that {@code toString()} prints on purpose (plan id,
 * goal, measure and qualification ids, the goal id of a goal review). It is not valid, only
 * complete: reading and writing do not check the rules.
 */
public final class CanaryPlans {

  /** The marker of every canary. */
  public static final String MARKER = "CANARY";

  private CanaryPlans() {}

  /**
   * The plan.
   *
   * @return a plan with a canary in every String component
   */
  public static IntegrationPlan everyStringACanary() {
    int[] n = {0};
    java.util.function.Supplier<String> c = () -> String.format("%s-%02d", MARKER, ++n[0]);
    Coding occupation = new Coding(c.get(), c.get(), c.get(), c.get());
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put(c.get(), c.get());
    flags.put(c.get(), List.of(c.get(), true, 7, new BigDecimal("2.50")));
    flags.put(c.get(), Map.of(c.get(), c.get()));
    return IntegrationPlan.builder()
        .id(UUID.fromString("3f1c2a9e-8b7d-4c55-9a61-0d2e4f6a8b10"))
        .schemaVersion(c.get())
        .status(PlanStatus.COMPLETED)
        .created(OffsetDateTime.parse("2025-03-03T09:30:00+01:00"))
        .updated(OffsetDateTime.parse("2026-02-16T14:05:12+01:00"))
        .counsellingPeriod(new CounsellingPeriod(LocalDate.of(2025, 3, 3), LocalDate.of(2028, 3, 2), c.get()))
        .responsibleOrganisation(new ResponsibleOrganisation(c.get(), c.get()))
        .integrationManager(c.get())
        .consent(new Consent(LocalDate.of(2025, 3, 3), List.of(ConsentScope.COUNSELLING_RECORDS), LocalDate.of(2026, 1, 1)))
        .person(Person.builder(c.get())
            .identifyingData(new IdentifyingData(c.get(), c.get(), LocalDate.of(1991, 6, 14)))
            .birthYear(1991)
            .sex(Sex.FEMALE)
            .nationality(c.get(), c.get())
            .countryOfOrigin(c.get())
            .language(c.get(), c.get())
            .residence(new ResidenceStatus(LegalBasis.AUFENTHG_25_2_REFUGEE, LocalDate.of(2024, 9, 1), LocalDate.of(2027, 8, 31)))
            .benefit(BenefitType.SGB_II)
            .household(new Household(2, List.of(new Child(2016, ChildEducation.PRIMARY_SCHOOL))))
            .accommodation(new Accommodation(AccommodationType.FOLLOW_UP_APARTMENT, LocalDate.of(2025, 2, 1)))
            .build())
        .competenceProfile(CompetenceProfile.builder()
            .schooling(new Schooling(c.get(), 12, c.get(), 3, SchoolCertificateEquivalent.ALLGEMEINE_HOCHSCHULREIFE))
            .literacy(Literacy.LATIN_SCRIPT)
            .qualification(Qualification.builder("q1", c.get())
                .country(c.get())
                .field(new Coding(c.get(), c.get(), c.get(), c.get()))
                .level(6)
                .occupation(occupation)
                .regulatedProfession(true)
                .documentsAvailable(false)
                .recognition(new Recognition(RecognitionProcedure.BQFG, c.get(), c.get(),
                    LocalDate.of(2025, 5, 12), LocalDate.of(2025, 11, 20), RecognitionOutcome.PENDING))
                .build())
            .workExperience(new WorkExperience(new Coding(c.get(), c.get(), c.get(), c.get()), c.get(), c.get(),
                YearMonth.of(2013, 9), YearMonth.of(2019, 12)))
            .languageSkill(new LanguageSkill(c.get(), CefrLevel.B1, CefrLevel.B1, CefrLevel.B1, CefrLevel.A2,
                CefrLevel.B1, CefrLevel.A2, LanguageEvidence.DTZ, LocalDate.of(2025, 10, 2)))
            .course(new Course(CourseType.INTEGRATION_GENERAL, CourseStatus.COMPLETED, CefrLevel.B1, c.get(),
                LocalDate.of(2024, 10, 7), LocalDate.of(2025, 9, 26), CefrLevel.B1, LanguageEvidence.DTZ))
            .development(new Development(LocalDate.of(2025, 6, 30), GoalArea.CHILDREN_AND_FAMILY, c.get()))
            .build())
        .goal(Goal.builder("g1", GoalArea.LANGUAGE, c.get())
            .status(GoalStatus.ACTIVE).priority(Priority.HIGH)
            .agreedOn(LocalDate.of(2025, 10, 6)).dueDate(LocalDate.of(2026, 9, 30))
            .achievement(Achievement.IN_PROGRESS)
            // every kind at once: not valid, but complete
            .target(new GoalTarget(
                new LanguageTarget(c.get(), CefrLevel.B2),
                new WorkTarget(EmploymentKind.EMPLOYMENT, new Coding(c.get(), c.get(), c.get(), c.get())),
                new RecognitionTarget(c.get(), RecognitionOutcome.FULL_EQUIVALENCE),
                new HousingTarget(HousingTargetKind.OWN_TENANCY),
                new EducationTarget(EducationTargetKind.SCHOOL_CERTIFICATE, SchoolCertificateEquivalent.HAUPTSCHULABSCHLUSS),
                c.get()))
            .build())
        .measure(Measure.builder("m1", MeasureKind.COURSE, ResponsibleParty.PERSON)
            .goal(c.get()).description(c.get()).provider(c.get())
            .status(MeasureStatus.DONE)
            .planned(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 6, 30))
            .actual(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 6, 30)).build())
        .review(new Review(LocalDate.of(2025, 10, 6), List.of(ParticipantRole.PERSON),
            List.of(new GoalReview("g1", Achievement.IN_PROGRESS, c.get())), LocalDate.of(2026, 4, 6), c.get()))
        .closure(new Closure(LocalDate.of(2027, 1, 31), ClosureReason.GOALS_ACHIEVED, c.get()))
        .extension(new Extension(c.get(), c.get()), new Extension(c.get(), flags))
        .build();
  }
}
