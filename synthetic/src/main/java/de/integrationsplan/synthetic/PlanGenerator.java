package de.integrationsplan.synthetic;

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
import de.integrationsplan.synthetic.Tables.Job;
import de.integrationsplan.synthetic.Tables.Municipality;
import de.integrationsplan.synthetic.Tables.Nationality;
import de.integrationsplan.synthetic.Tables.QualificationType;
import de.integrationsplan.synthetic.Tables.SchoolingBand;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Generates the one plan of a given index. Validity holds by construction: the generator first fixes
 * the time line of the plan (start, planned end, the effective end, that is the reference date or
 * the closure) and only ever draws dates inside it, in order; ids are numbered; every reference
 * points at something generated before; language targets are drawn above the level reached.
 * One instance per plan; not thread-safe.
 */
final class PlanGenerator {

  /** Offsets of timestamps follow the rules of this zone, never the default time zone. */
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The first day people displaced from Ukraine arrive with §24 AufenthG. */
  private static final LocalDate UKRAINE_FROM = LocalDate.of(2022, 3, 1);

  static final String MARKER_URL = "urn:integrationsplan:synthetic";

  private static final List<PlanStatus> STATUSES = List.of(PlanStatus.ACTIVE, PlanStatus.DRAFT,
      PlanStatus.ON_HOLD, PlanStatus.COMPLETED, PlanStatus.CLOSED, PlanStatus.ENTERED_IN_ERROR);
  /** Plan status, per mille. Source: rough stock of plans in municipal case files at a Stichtag. */
  private static final int[] STATUS_WEIGHTS = {620, 80, 70, 110, 115, 5};

  private static final List<ClosureReason> CLOSED_REASONS = List.of(ClosureReason.MOVED_AWAY,
      ClosureReason.LEFT_ACCOMMODATION, ClosureReason.CONTACT_LOST, ClosureReason.CONSENT_WITHDRAWN,
      ClosureReason.DEPARTED, ClosureReason.OTHER, ClosureReason.DECEASED);
  private static final int[] CLOSED_REASON_WEIGHTS = {30, 18, 18, 10, 8, 14, 2};

  final Draw draw;
  private final long seed;
  private final long index;
  final LocalDate ref;
  /** The last day a language assessment may carry: the day before the reference date. */
  private final LocalDate lastAssessable;

  // the time line
  PlanStatus status = PlanStatus.ACTIVE;
  LocalDate start = LocalDate.MIN;
  LocalDate plannedEnd = LocalDate.MIN;
  private @Nullable String justification;
  /** The reference date for running plans, the closure date for ended ones. */
  LocalDate end = LocalDate.MIN;
  @Nullable ClosureReason closureReason;
  LocalDate arrival = LocalDate.MIN;

  // the person
  Nationality nationality = Nationality.SY;
  Municipality municipality = Tables.MUNICIPALITIES.get(0);
  int birthYear;
  private Sex sex = Sex.MALE;
  private final List<Child> children = new ArrayList<>();
  int adults = 1;
  LegalBasis basis = LegalBasis.OTHER;
  private final List<BenefitType> benefits = new ArrayList<>();
  AccommodationType accommodation = AccommodationType.FOLLOW_UP_SHARED;
  SchoolingBand schooling = SchoolingBand.NONE;
  final List<Qualification> qualifications = new ArrayList<>();
  final List<QualificationType> qualificationTypes = new ArrayList<>();
  /** German level reached at the effective end. */
  CefrLevel german = CefrLevel.PRE_A1;
  final List<LocalDate> reviewDates = new ArrayList<>();
  private final List<LocalDate> events = new ArrayList<>();
  List<String> ownLanguages = List.of();
  /** Whether special-category data (health) is noted, which needs its own consent scope. */
  private boolean specialCategories;

  PlanGenerator(long seed, long index, LocalDate referenceDate) {
    this.draw = Draw.forPlan(seed, index);
    this.seed = seed;
    this.index = index;
    this.ref = referenceDate;
    this.lastAssessable = referenceDate.minusDays(1);
  }

  IntegrationPlan generate() {
    UUID id = draw.uuid();
    timeLine();
    municipality = draw.weighted(Tables.MUNICIPALITIES, Tables.MUNICIPALITY_WEIGHTS);
    Person person = person(id);
    CompetenceProfile profile = status == PlanStatus.DRAFT && draw.percent(30) ? null : profile();
    reviews();
    List<Goal> goals = goals();
    List<Measure> measures = measures(goals);
    List<Review> reviews = reviewsOf(goals);
    boolean health = goals.stream().anyMatch(g -> g.area() == GoalArea.HEALTH);

    OffsetDateTime created = timestamp(start, draw.between(8 * 60, 16 * 60 + 30));
    IntegrationPlan.Builder plan = IntegrationPlan.builder()
        .id(id)
        .status(status)
        .created(created)
        .counsellingPeriod(new CounsellingPeriod(start, plannedEnd, justification))
        .responsibleOrganisation(new ResponsibleOrganisation(municipality.ags(), municipality.name()))
        .integrationManager("im-" + municipality.ags() + "-" + twoDigits(draw.between(1, 1 + municipality.population() / 60)))
        .consent(consent(health))
        .person(person)
        .competenceProfile(profile)
        .goal(goals.toArray(new Goal[0]))
        .measure(measures.toArray(new Measure[0]))
        .review(reviews.toArray(new Review[0]))
        .closure(closure());
    plan.updated(updated(created));
    Map<String, Object> marker = new LinkedHashMap<>();
    marker.put("generator", "integrationsplan-synthetic");
    marker.put("seed", seed);
    marker.put("index", index);
    plan.extension(new Extension(MARKER_URL, marker));
    return plan.build();
  }

  // ---------------------------------------------------------------- time line

  private void timeLine() {
    status = draw.weighted(STATUSES, STATUS_WEIGHTS);
    int lengthKind = draw.weighted(70, 15, 7, 8); // 3 years, 2 years, 18 months, extended
    int extensionMonths = draw.between(6, 12);
    switch (status) {
      case DRAFT -> {
        start = ref.minusDays(draw.between(0, 60));
        lengthKind = draw.percent(90) ? 0 : 1;
        plannedEnd = plannedEnd(start, lengthKind, 0);
        end = ref;
      }
      case ACTIVE, ON_HOLD, ENTERED_IN_ERROR -> {
        int elapsed = lengthKind == 3 ? draw.between(913, 1270) : draw.between(14, cap(lengthKind));
        start = ref.minusDays(elapsed);
        plannedEnd = plannedEnd(start, lengthKind, extensionMonths);
        end = ref;
      }
      default -> {
        int sinceClosure = draw.between(0, 540);
        if (status == PlanStatus.COMPLETED && draw.percent(30)) {
          closureReason = ClosureReason.MAXIMUM_DURATION;
          lengthKind = draw.percent(85) ? 0 : 3;
          int months = lengthKind == 3 ? extensionMonths : 0;
          start = ref.minusDays(sinceClosure + 3L).minusYears(3).minusMonths(months);
          plannedEnd = plannedEnd(start, lengthKind, months);
          end = plannedEnd;
        } else {
          closureReason = status == PlanStatus.COMPLETED ? ClosureReason.GOALS_ACHIEVED
              : draw.weighted(CLOSED_REASONS, CLOSED_REASON_WEIGHTS);
          lengthKind = draw.weighted(75, 15, 10);
          int duration = draw.between(status == PlanStatus.COMPLETED ? 300 : 30, cap(lengthKind));
          end = ref.minusDays(sinceClosure);
          start = end.minusDays(duration);
          plannedEnd = plannedEnd(start, lengthKind, 0);
        }
      }
    }
    if (lengthKind == 3) {
      justification = draw.one(Tables.EXTENSION_JUSTIFICATIONS);
    }
  }

  private static int cap(int lengthKind) {
    return switch (lengthKind) {
      case 0 -> 1088;
      case 1 -> 723;
      case 2 -> 540;
      default -> 1270;
    };
  }

  private static LocalDate plannedEnd(LocalDate start, int lengthKind, int extensionMonths) {
    return switch (lengthKind) {
      case 0 -> start.plusYears(3).minusDays(1);
      case 1 -> start.plusYears(2).minusDays(1);
      case 2 -> start.plusMonths(18).minusDays(1);
      default -> start.plusYears(3).plusMonths(extensionMonths).minusDays(1);
    };
  }

  boolean running() {
    return status != PlanStatus.COMPLETED && status != PlanStatus.CLOSED;
  }

  // ---------------------------------------------------------------- person

  private Person person(UUID id) {
    nationality = draw.weighted(Nationality.ALL, Nationality.WEIGHTS);
    if (nationality.ukraine() && start.isBefore(UKRAINE_FROM.plusDays(30))) {
      nationality = Nationality.SY;
    }
    if (nationality.ukraine()) {
      arrival = start.minusDays(draw.between(20, 200));
      if (arrival.isBefore(UKRAINE_FROM)) {
        arrival = draw.day(UKRAINE_FROM, start.minusDays(14));
      }
    } else {
      arrival = start.minusDays(draw.between(240, 900));
    }

    int sexDraw = draw.between(0, 999);
    sex = sexDraw < 2 ? Sex.DIVERSE : sexDraw < 7 ? Sex.UNSPECIFIED
        : draw.percent(nationality.femalePercent) ? Sex.FEMALE : Sex.MALE;

    long elapsedDays = ChronoUnit.DAYS.between(start, ref);
    int minAge = 19 + (int) ((elapsedDays + 364) / 365);
    int band = draw.weighted(Tables.AGE_BAND_WEIGHTS);
    int age = Tables.AGE_BAND_START[band] + draw.between(0, band == 8 ? 5 : 4);
    age = Math.min(65, Math.max(age, minAge));
    birthYear = ref.getYear() - age;

    household(age);

    Nationality n = nationality;
    Tables.Languages languages = draw.weighted(n.languages, n.languageWeights);
    ownLanguages = languages.codes();
    basis = draw.weighted(n.bases, n.basisWeights).basis();
    benefits(age);
    accommodation = accommodationType();

    Person.Builder person = Person.builder("syn-" + Long.toHexString(id.getMostSignificantBits() >>> 16))
        .birthYear(birthYear)
        .sex(sex)
        .nationality(n.code)
        .countryOfOrigin(n.origin)
        .language(languages.codes().toArray(new String[0]))
        .residence(residence())
        .benefit(benefits.toArray(new BenefitType[0]))
        .household(new Household(adults, children))
        .accommodation(new Accommodation(accommodation, accommodationSince()));
    return person.build();
  }

  private void household(int age) {
    boolean female = sex == Sex.FEMALE;
    int[] weights; // single, couple, single parent, couple with children, extended
    if (nationality.ukraine()) {
      weights = female ? new int[] {25, 10, 35, 20, 10} : new int[] {45, 20, 5, 25, 5};
    } else {
      weights = female ? new int[] {20, 12, 25, 38, 5} : new int[] {55, 8, 2, 30, 5};
    }
    int kind = draw.weighted(weights);
    if (age < 20 || age > 52) {
      kind = kind == 2 ? 0 : kind == 3 ? 1 : kind;
    }
    adults = switch (kind) {
      case 0, 2 -> 1;
      case 4 -> 3;
      default -> 2;
    };
    int count = switch (kind) {
      case 2 -> 1 + draw.weighted(30, 30, 25, 15);
      case 3 -> 1 + draw.weighted(30, 30, 22, 12, 6);
      case 4 -> draw.weighted(30, 25, 20, 15, 10);
      default -> 0;
    };
    int from = Math.max(ref.getYear() - 17, birthYear + 17);
    int to = Math.min(ref.getYear(), birthYear + 45);
    List<Integer> years = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      years.add(draw.between(from, to));
    }
    years.sort(Comparator.naturalOrder());
    boolean recent = ChronoUnit.DAYS.between(arrival, ref) < 365;
    for (int year : years) {
      children.add(new Child(year, education(ref.getYear() - year, recent)));
    }
  }

  private ChildEducation education(int age, boolean recentArrival) {
    if (age <= 2) {
      return draw.percent(30) ? ChildEducation.DAYCARE : ChildEducation.NONE;
    }
    if (age <= 5) {
      return draw.percent(85) ? ChildEducation.DAYCARE : ChildEducation.NONE;
    }
    if (recentArrival && draw.percent(60)) {
      return ChildEducation.PREPARATORY_CLASS;
    }
    if (age <= 9) {
      return draw.percent(4) ? ChildEducation.SPECIAL_NEEDS_SCHOOL : ChildEducation.PRIMARY_SCHOOL;
    }
    if (age <= 15) {
      return draw.percent(4) ? ChildEducation.SPECIAL_NEEDS_SCHOOL : ChildEducation.SECONDARY_SCHOOL;
    }
    int kind = draw.weighted(50, 30, 20);
    return kind == 0 ? ChildEducation.VOCATIONAL_SCHOOL
        : kind == 1 ? ChildEducation.SECONDARY_SCHOOL : ChildEducation.NOT_IN_EDUCATION;
  }

  private boolean protectedStatus() {
    return switch (basis) {
      case ASYLG_55_GESTATTUNG, AUFENTHG_60A_DULDUNG, AUFENTHG_60C, AUFENTHG_60D, AUFENTHG_25_5 -> false;
      default -> true;
    };
  }

  private void benefits(int age) {
    if (!protectedStatus()) {
      boolean working = basis == LegalBasis.AUFENTHG_60C || basis == LegalBasis.AUFENTHG_60D
          ? draw.percent(60) : draw.percent(12);
      benefits.add(working ? BenefitType.NONE : BenefitType.ASYLBLG);
      return;
    }
    if (age >= 60 && draw.percent(30)) {
      benefits.add(BenefitType.SGB_XII);
    } else if (draw.percent(12)) {
      benefits.add(BenefitType.NONE);
    } else if (draw.percent(3)) {
      benefits.add(BenefitType.SGB_III);
    } else {
      benefits.add(BenefitType.SGB_II);
    }
  }

  private ResidenceStatus residence() {
    int days = switch (basis) {
      case AUFENTHG_25_1, AUFENTHG_25_2_REFUGEE, AUFENTHG_25A, AUFENTHG_60C -> 3 * 365;
      case AUFENTHG_25_2_SUBSIDIARY -> draw.percent(50) ? 365 : 2 * 365;
      case AUFENTHG_24, AUFENTHG_25B, AUFENTHG_60D -> 2 * 365;
      case AUFENTHG_104C -> 548;
      case AUFENTHG_60A_DULDUNG -> draw.percent(50) ? 91 : 182;
      case ASYLG_55_GESTATTUNG -> 182;
      default -> 365;
    };
    LocalDate from = end.minusDays(draw.between(0, days - 1));
    if (from.isBefore(arrival)) {
      from = arrival;
    }
    if (basis == LegalBasis.AUFENTHG_26_3) {
      return new ResidenceStatus(basis, from, null);
    }
    return new ResidenceStatus(basis, from, from.plusDays(days - 1L));
  }

  private AccommodationType accommodationType() {
    if (closureReason == ClosureReason.LEFT_ACCOMMODATION
        || status == PlanStatus.COMPLETED && draw.percent(50)) {
      return AccommodationType.OWN_TENANCY;
    }
    int kind = draw.weighted(45, 35, 13, 4, 2, sex == Sex.FEMALE ? 2 : 0);
    return List.of(AccommodationType.FOLLOW_UP_SHARED, AccommodationType.FOLLOW_UP_APARTMENT,
        AccommodationType.OWN_TENANCY, AccommodationType.WITH_RELATIVES_OR_FRIENDS,
        AccommodationType.OTHER, AccommodationType.SHELTER).get(kind);
  }

  private LocalDate accommodationSince() {
    if (accommodation == AccommodationType.OWN_TENANCY) {
      LocalDate since = draw.day(start, end);
      events.add(since);
      return since;
    }
    return start.minusDays(draw.between(0, 60));
  }

  // ---------------------------------------------------------------- competence profile

  private CompetenceProfile profile() {
    CompetenceProfile.Builder profile = CompetenceProfile.builder();
    schooling = SchoolingBand.values()[draw.weighted(nationality.schooling)];
    String country = nationality.origin;
    switch (schooling) {
      case NONE -> { }
      case PRIMARY -> profile.schooling(new Schooling(country, draw.between(2, 6), null, 1,
          draw.percent(50) ? SchoolCertificateEquivalent.NONE : null));
      case LOWER_SECONDARY -> profile.schooling(new Schooling(country, draw.between(7, 9), null, 2,
          draw.percent(30) ? SchoolCertificateEquivalent.HAUPTSCHULABSCHLUSS : null));
      default -> {
        int years = nationality.ukraine() ? 11 : 12;
        SchoolCertificateEquivalent equivalent = null;
        int e = draw.weighted(40, 20, 25, 15);
        if (e == 0) {
          equivalent = SchoolCertificateEquivalent.ALLGEMEINE_HOCHSCHULREIFE;
        } else if (e == 1) {
          equivalent = SchoolCertificateEquivalent.FACHHOCHSCHULREIFE;
        } else if (e == 2) {
          equivalent = SchoolCertificateEquivalent.MITTLERER_SCHULABSCHLUSS;
        }
        profile.schooling(new Schooling(country, years - draw.between(0, 1),
            draw.percent(60) ? nationality.certificate : null, 3, equivalent));
      }
    }
    Literacy literacy = literacy();

    qualifications(profile);
    workExperience(profile);
    boolean courseCompleted = languages(profile, literacy);
    profile.literacy(courseCompleted ? Literacy.LATIN_SCRIPT : literacy);
    developments(profile);
    return profile.build();
  }

  private Literacy literacy() {
    if (schooling == SchoolingBand.NONE) {
      return draw.percent(80) ? Literacy.NOT_LITERATE : Literacy.OTHER_SCRIPT_ONLY;
    }
    if (nationality.latinScript) {
      return Literacy.LATIN_SCRIPT;
    }
    int latinPercent = switch (schooling) {
      case PRIMARY -> 20;
      case LOWER_SECONDARY -> 45;
      case UPPER_SECONDARY -> 70;
      default -> 90;
    };
    return draw.percent(latinPercent) ? Literacy.LATIN_SCRIPT : Literacy.OTHER_SCRIPT_ONLY;
  }

  private void qualifications(CompetenceProfile.Builder profile) {
    int count = 0;
    boolean academic = schooling == SchoolingBand.HIGHER;
    if (academic && draw.percent(85)) {
      count = draw.percent(15) ? 2 : 1;
    } else if (schooling == SchoolingBand.UPPER_SECONDARY && draw.percent(nationality.ukraine() ? 40 : 28)) {
      count = 1;
    } else if (schooling == SchoolingBand.LOWER_SECONDARY && draw.percent(10)) {
      count = 1;
    }
    for (int i = 0; i < count; i++) {
      boolean isAcademic = academic && i == 0;
      QualificationType type = isAcademic
          ? draw.weighted(QualificationType.ACADEMIC, QualificationType.ACADEMIC_WEIGHTS)
          : draw.weighted(QualificationType.VOCATIONAL, QualificationType.VOCATIONAL_WEIGHTS);
      if (qualificationTypes.contains(type)) {
        continue;
      }
      qualificationTypes.add(type);
      String id = "q" + (qualifications.size() + 1);
      Qualification q = Qualification.builder(id, type.title)
          .country(nationality.origin)
          .field(new Coding(Coding.ISCED_F_2013, Tables.ISCED_F_VERSION, type.field, type.fieldDisplay))
          .level(type.level)
          .occupation(draw.percent(85) ? type.occupation() : null)
          .regulatedProfession(type.regulated)
          .documentsAvailable(draw.percent(75))
          .recognition(draw.percent(type.regulated ? 75 : 45) ? recognition(type) : null)
          .build();
      qualifications.add(q);
      profile.qualification(q);
    }
  }

  private Recognition recognition(QualificationType type) {
    String authority = type.authority != null ? type.authority : municipality.chamber();
    if (draw.percent(10)) {
      return new Recognition(type.procedure, authority, type.referenceOccupation, null, null,
          RecognitionOutcome.NOT_APPLIED);
    }
    LocalDate earliest = max(arrival.plusDays(90), start.minusDays(180));
    LocalDate applied = draw.day(earliest, end.minusDays(10));
    if (applied.isAfter(end)) {
      applied = end;
    }
    LocalDate decided = applied.plusDays(draw.between(60, 300));
    if (decided.isAfter(end)) {
      events.add(applied);
      return new Recognition(type.procedure, authority, type.referenceOccupation, applied, null,
          RecognitionOutcome.PENDING);
    }
    events.add(decided);
    RecognitionOutcome outcome;
    if (type.procedure == RecognitionProcedure.ZAB_STATEMENT) {
      outcome = draw.percent(80) ? RecognitionOutcome.FULL_EQUIVALENCE : RecognitionOutcome.PARTIAL_EQUIVALENCE;
    } else if (type.regulated) {
      outcome = List.of(RecognitionOutcome.FULL_EQUIVALENCE, RecognitionOutcome.COMPENSATION_MEASURE_REQUIRED,
          RecognitionOutcome.NO_EQUIVALENCE).get(draw.weighted(35, 50, 15));
    } else {
      outcome = List.of(RecognitionOutcome.FULL_EQUIVALENCE, RecognitionOutcome.PARTIAL_EQUIVALENCE,
          RecognitionOutcome.NO_EQUIVALENCE).get(draw.weighted(45, 40, 15));
    }
    return new Recognition(type.procedure, authority, type.referenceOccupation, applied, decided, outcome);
  }

  private void workExperience(CompetenceProfile.Builder profile) {
    YearMonth departure = YearMonth.from(arrival).minusMonths(draw.between(2, 6));
    YearMonth adult = YearMonth.of(birthYear + 18, draw.between(1, 12));
    if (!qualificationTypes.isEmpty() && draw.percent(70)) {
      QualificationType type = qualificationTypes.get(0);
      YearMonth from = adult.plusYears(type.academic ? 4 + draw.between(0, 3) : 1 + draw.between(0, 3));
      if (from.isBefore(departure)) {
        YearMonth to = min(departure, from.plusMonths(draw.between(6, 120)));
        Coding occupation = type.occupation();
        profile.workExperience(new WorkExperience(occupation, occupation == null ? type.title : null,
            nationality.origin, from, to));
      }
    } else if (draw.percent(50)) {
      Job job = draw.one(Job.ALL);
      YearMonth from = adult.plusMonths(draw.between(0, 48));
      if (from.isBefore(departure)) {
        YearMonth to = min(departure, from.plusMonths(draw.between(6, 96)));
        profile.workExperience(new WorkExperience(draw.percent(50) ? job.iscoCoding() : null,
            job.description, nationality.origin, from, to));
      }
    }
    if (ChronoUnit.DAYS.between(start, end) > 365 && draw.percent(25)) {
      Job job = draw.one(Job.ALL);
      LocalDate began = draw.day(start.plusDays(180), end);
      events.add(began);
      YearMonth from = YearMonth.from(began);
      @Nullable YearMonth to = draw.percent(50) ? null : min(YearMonth.from(end), from.plusMonths(draw.between(2, 12)));
      profile.workExperience(new WorkExperience(job.kldbCoding(), draw.percent(50) ? job.description : null,
          "DE", from, to));
    }
  }

  /**
   * The German time line: courses one after the other from arrival, each completed one raising the
   * level; assessments at the start of counselling and with every certificate. Adds the person's
   * own languages, self-assessed. Returns whether an integration course was completed.
   */
  private boolean languages(CompetenceProfile.Builder profile, Literacy literacy) {
    List<LanguageSkill> german = new ArrayList<>();
    List<Course> courses = new ArrayList<>();
    List<LocalDate> levelDates = new ArrayList<>();
    List<CefrLevel> levels = new ArrayList<>();
    CefrLevel level = draw.percent(schooling.ordinal() >= SchoolingBand.UPPER_SECONDARY.ordinal() ? 15 : 5)
        ? CefrLevel.A1 : CefrLevel.PRE_A1;
    CefrLevel initial = level;
    boolean integrationCompleted = false;

    CourseType type;
    if (literacy == Literacy.NOT_LITERATE) {
      type = CourseType.INTEGRATION_LITERACY;
    } else if (literacy == Literacy.OTHER_SCRIPT_ONLY) {
      type = CourseType.INTEGRATION_SECOND_SCRIPT;
    } else if (schooling == SchoolingBand.HIGHER && draw.percent(20)) {
      type = CourseType.INTEGRATION_INTENSIVE;
    } else if (!children.isEmpty() && draw.percent(12)) {
      type = CourseType.INTEGRATION_PARENTS;
    } else if (ref.getYear() - birthYear < 27 && draw.percent(15)) {
      type = CourseType.INTEGRATION_YOUTH;
    } else {
      type = CourseType.INTEGRATION_GENERAL;
    }
    CefrLevel target = CefrLevel.B1;
    LocalDate courseStart = arrival.plusDays(nationality.ukraine() ? draw.between(30, 200) : draw.between(60, 300));
    String city = city();
    for (int n = 0; n < 4; n++) {
      int duration = switch (type) {
        case INTEGRATION_LITERACY, INTEGRATION_SECOND_SCRIPT -> draw.between(330, 420);
        case INTEGRATION_INTENSIVE -> draw.between(150, 180);
        case INTEGRATION_REMEDIAL -> draw.between(90, 150);
        default -> draw.between(180, 300);
      };
      boolean integration = type.name().startsWith("INTEGRATION_");
      String provider = integration ? "Volkshochschule " + city
          : draw.one(List.of("Internationaler Bund ", "Kolping-Bildungswerk ", "Bildungszentrum ")) + city;
      LocalDate courseEnd = courseStart.plusDays(duration);
      if (courseStart.isAfter(end)) {
        if (running() && draw.percent(60)) {
          courses.add(new Course(type, draw.percent(50) ? CourseStatus.REGISTERED : CourseStatus.PLANNED,
              target, draw.percent(50) ? provider : null, null, null, null, null));
        }
        break;
      }
      if (!courseEnd.isBefore(end) || courseEnd.isAfter(lastAssessable.minusDays(1))) {
        events.add(courseStart);
        courses.add(new Course(type, CourseStatus.IN_PROGRESS, target, provider, courseStart, null, null, null));
        break;
      }
      if (draw.percent(n == 0 ? 8 : 5)) {
        LocalDate stopped = courseStart.plusDays(draw.between(30, duration - 1));
        courses.add(new Course(type, CourseStatus.DISCONTINUED, target, provider, courseStart, stopped, null, null));
        break;
      }
      CefrLevel outcome = outcome(type, level, target);
      LanguageEvidence certificate = null;
      if (integration && outcome.compareTo(CefrLevel.A2) >= 0) {
        certificate = LanguageEvidence.DTZ;
      } else if (!integration && outcome == target) {
        certificate = target == CefrLevel.C1 && draw.percent(40) ? LanguageEvidence.GOETHE : LanguageEvidence.TELC;
      }
      courses.add(new Course(type, CourseStatus.COMPLETED, target, provider, courseStart, courseEnd, outcome, certificate));
      events.add(courseEnd);
      if (outcome.compareTo(level) > 0) {
        level = outcome;
        levelDates.add(courseEnd);
        levels.add(level);
      }
      integrationCompleted |= integration;
      if (certificate != null) {
        german.add(certified(outcome, certificate, courseEnd));
      }
      // the next course
      if (level == CefrLevel.B1 && draw.percent(70)) {
        type = CourseType.JOB_LANGUAGE_BASIC;
        target = CefrLevel.B2;
      } else if (level == CefrLevel.A2 && draw.percent(50)) {
        type = draw.percent(50) ? CourseType.JOB_LANGUAGE_BASIC : CourseType.INTEGRATION_REMEDIAL;
        target = CefrLevel.B1;
      } else if (level.compareTo(CefrLevel.A2) < 0 && draw.percent(40)) {
        type = CourseType.INTEGRATION_REMEDIAL;
        target = CefrLevel.B1;
      } else if (level == CefrLevel.B2 && schooling == SchoolingBand.HIGHER && draw.percent(40)) {
        type = CourseType.JOB_LANGUAGE_SPECIAL;
        target = CefrLevel.C1;
      } else {
        break;
      }
      courseStart = courseEnd.plusDays(draw.between(30, 240));
    }
    this.german = level;

    // the assessment at the start of counselling, at the level reached by then
    if (!start.isAfter(lastAssessable) && draw.percent(85)) {
      CefrLevel atStart = initial;
      for (int i = 0; i < levelDates.size(); i++) {
        if (!levelDates.get(i).isAfter(start)) {
          atStart = levels.get(i);
        }
      }
      german.add(LanguageSkill.overall("deu", atStart,
          draw.percent(80) ? LanguageEvidence.COUNSELLOR_ASSESSMENT : LanguageEvidence.SELF_ASSESSMENT, start));
    }
    german.sort(Comparator.comparing((LanguageSkill s) -> s.assessedOn() == null ? LocalDate.MIN : s.assessedOn()));

    // own languages first, self-assessed and undated, then German by date
    for (int i = 0; i < ownLanguages.size(); i++) {
      CefrLevel own = i == 0 ? CefrLevel.C2 : List.of(CefrLevel.B1, CefrLevel.B2, CefrLevel.C1).get(draw.weighted(30, 40, 30));
      profile.languageSkill(LanguageSkill.overall(ownLanguages.get(i), own, LanguageEvidence.SELF_ASSESSMENT, null));
    }
    for (LanguageSkill skill : german) {
      profile.languageSkill(skill);
    }
    for (Course course : courses) {
      profile.course(course);
    }
    return integrationCompleted;
  }

  private CefrLevel outcome(CourseType type, CefrLevel level, CefrLevel target) {
    CefrLevel outcome;
    if (type.name().startsWith("INTEGRATION_") && type != CourseType.INTEGRATION_REMEDIAL) {
      int[] weights = switch (schooling) {
        case NONE -> new int[] {50, 40, 10};
        case PRIMARY -> new int[] {30, 45, 25};
        case LOWER_SECONDARY -> new int[] {15, 40, 45};
        case UPPER_SECONDARY -> new int[] {8, 32, 60};
        case HIGHER -> new int[] {3, 22, 75};
      };
      outcome = List.of(CefrLevel.A1, CefrLevel.A2, CefrLevel.B1).get(draw.weighted(weights));
    } else {
      outcome = draw.percent(55) ? target : CefrLevel.values()[Math.max(0, target.ordinal() - 1)];
    }
    return outcome.compareTo(level) < 0 ? level : outcome;
  }

  private LanguageSkill certified(CefrLevel level, LanguageEvidence evidence, LocalDate on) {
    if (draw.percent(40)) {
      CefrLevel up = CefrLevel.values()[Math.min(CefrLevel.C2.ordinal(), level.ordinal() + 1)];
      return new LanguageSkill("deu", null, draw.percent(50) ? up : level, level,
          draw.percent(30) ? up : level, draw.percent(40) ? up : level, null, evidence, on);
    }
    return LanguageSkill.overall("deu", level, evidence, on);
  }

  private void developments(CompetenceProfile.Builder profile) {
    int count = draw.weighted(40, 30, 20, 10);
    List<Development> list = new ArrayList<>();
    GoalArea[] areas = {GoalArea.OTHER, GoalArea.WORK, GoalArea.HOUSING, GoalArea.HEALTH,
        GoalArea.PARTICIPATION, GoalArea.CHILDREN_AND_FAMILY, GoalArea.RECOGNITION};
    for (int i = 0; i < count; i++) {
      int note = draw.between(0, Tables.DEVELOPMENT_NOTES.size() - 1);
      if (areas[note] == GoalArea.CHILDREN_AND_FAMILY && children.isEmpty()) {
        continue;
      }
      LocalDate on = draw.day(start, end);
      events.add(on);
      specialCategories |= areas[note] == GoalArea.HEALTH;
      list.add(new Development(on, areas[note], Tables.DEVELOPMENT_NOTES.get(note)));
    }
    list.sort(Comparator.comparing(Development::date));
    list.forEach(profile::development);
  }

  // ---------------------------------------------------------------- goals, measures, reviews

  private void reviews() {
    if (status == PlanStatus.DRAFT) {
      return;
    }
    LocalDate limit = min(end, plannedEnd);
    LocalDate next = start.plusDays(draw.between(120, 210));
    while (!next.isAfter(limit) && reviewDates.size() < 12) {
      reviewDates.add(next);
      events.add(next);
      next = next.plusDays(draw.between(150, 210));
    }
  }

  private List<Goal> goals() {
    int age = ref.getYear() - birthYear;
    boolean schoolChildren = children.stream().anyMatch(c -> ref.getYear() - c.birthYear() >= 6);
    boolean smallChildren = children.stream().anyMatch(c -> ref.getYear() - c.birthYear() < 6);
    boolean followUp = accommodation == AccommodationType.FOLLOW_UP_SHARED
        || accommodation == AccommodationType.FOLLOW_UP_APARTMENT;
    CefrLevel next = nextLevel(german);
    List<GoalArea> areas = new ArrayList<>(List.of(GoalArea.values()));
    int[] weights = new int[areas.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = switch (areas.get(i)) {
        case LANGUAGE -> next != null ? 90 : 0;
        case WORK -> age > 62 ? 0 : smallChildren && adults == 1 ? 35 : 70;
        case RECOGNITION -> qualifications.isEmpty() ? 0 : 80;
        case HOUSING -> followUp ? 55 : accommodation == AccommodationType.OWN_TENANCY ? 8 : 20;
        case SCHOOL -> schoolChildren ? 45 : age <= 25 && schooling.ordinal() < SchoolingBand.UPPER_SECONDARY.ordinal() ? 30 : 0;
        case VOCATIONAL_TRAINING_OR_STUDY -> age <= 30 ? 40 : age <= 40 && schooling == SchoolingBand.HIGHER ? 15 : 0;
        case HEALTH -> 15;
        case PARTICIPATION -> 25;
        case CHILDREN_AND_FAMILY -> smallChildren ? 45 : children.isEmpty() ? 0 : 15;
        case OTHER -> 10;
      };
    }
    int count = status == PlanStatus.DRAFT ? draw.weighted(40, 35, 25) : 2 + draw.weighted(30, 35, 25, 10);
    List<Goal> goals = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      if (total == 0) {
        break;
      }
      int i = draw.weighted(weights);
      weights[i] = 0;
      goals.add(goal("g" + (goals.size() + 1), areas.get(i), next, schoolChildren));
    }
    return goals;
  }

  private GoalStatus goalStatus() {
    return switch (status) {
      case DRAFT -> GoalStatus.PROPOSED;
      case ON_HOLD -> List.of(GoalStatus.ON_HOLD, GoalStatus.ACTIVE, GoalStatus.COMPLETED, GoalStatus.CANCELLED)
          .get(draw.weighted(60, 15, 15, 10));
      case COMPLETED -> draw.percent(85) ? GoalStatus.COMPLETED : GoalStatus.CANCELLED;
      case CLOSED -> draw.percent(40) ? GoalStatus.COMPLETED : GoalStatus.CANCELLED;
      default -> List.of(GoalStatus.ACTIVE, GoalStatus.AGREED, GoalStatus.COMPLETED, GoalStatus.PROPOSED,
          GoalStatus.ON_HOLD, GoalStatus.CANCELLED).get(draw.weighted(50, 14, 16, 6, 6, 8));
    };
  }

  private @Nullable Achievement achievement(GoalStatus goalStatus) {
    return switch (goalStatus) {
      case PROPOSED -> null;
      case AGREED -> draw.percent(70) ? null : Achievement.IN_PROGRESS;
      case ACTIVE, ON_HOLD -> draw.percent(85) ? Achievement.IN_PROGRESS : null;
      case COMPLETED -> List.of(Achievement.ACHIEVED, Achievement.PARTLY_ACHIEVED, Achievement.NOT_ACHIEVED)
          .get(draw.weighted(65, 25, 10));
      case CANCELLED -> draw.percent(50) ? Achievement.NOT_ACHIEVED : null;
    };
  }

  private static @Nullable CefrLevel nextLevel(CefrLevel level) {
    return switch (level) {
      case PRE_A1, A1 -> CefrLevel.A2;
      case A2 -> CefrLevel.B1;
      case B1 -> CefrLevel.B2;
      case B2 -> CefrLevel.C1;
      default -> null;
    };
  }

  private Goal goal(String id, GoalArea area, @Nullable CefrLevel nextGerman, boolean schoolChildren) {
    GoalStatus goalStatus = goalStatus();
    Achievement achievement = achievement(goalStatus);
    GoalTarget target;
    String description;
    switch (area) {
      case LANGUAGE -> {
        CefrLevel level;
        if (goalStatus == GoalStatus.COMPLETED && achievement == Achievement.ACHIEVED
            && german.compareTo(CefrLevel.A1) >= 0) {
          level = german;
        } else if (nextGerman != null) {
          level = nextGerman;
          if (goalStatus == GoalStatus.COMPLETED && achievement == Achievement.ACHIEVED) {
            achievement = Achievement.NOT_ACHIEVED;
          }
        } else {
          level = german;
          goalStatus = GoalStatus.COMPLETED;
          achievement = Achievement.ACHIEVED;
        }
        target = GoalTarget.language(new LanguageTarget("deu", level));
        description = "Deutsch auf Niveau " + level.name() + " erreichen";
      }
      case WORK -> {
        EmploymentKind kind = List.of(EmploymentKind.EMPLOYMENT, EmploymentKind.MINI_JOB,
            EmploymentKind.VOCATIONAL_TRAINING, EmploymentKind.INTERNSHIP, EmploymentKind.SELF_EMPLOYMENT)
            .get(draw.weighted(60, 10, 15, 10, 5));
        Coding occupation = !qualificationTypes.isEmpty() && draw.percent(60)
            ? qualificationTypes.get(0).occupation() : draw.percent(70) ? draw.one(Job.ALL).kldbCoding() : null;
        target = GoalTarget.work(new WorkTarget(kind, occupation));
        description = kind == EmploymentKind.MINI_JOB ? Tables.WORK_GOALS.get(3)
            : kind == EmploymentKind.VOCATIONAL_TRAINING ? Tables.WORK_GOALS.get(4)
            : kind == EmploymentKind.INTERNSHIP ? Tables.WORK_GOALS.get(1)
            : draw.one(Tables.WORK_GOALS.subList(0, 3));
      }
      case RECOGNITION -> {
        Qualification q = draw.one(qualifications);
        Recognition r = q.recognition();
        RecognitionOutcome outcome = r == null ? null : r.outcome();
        if (goalStatus != GoalStatus.PROPOSED && outcome == RecognitionOutcome.FULL_EQUIVALENCE) {
          goalStatus = GoalStatus.COMPLETED;
          achievement = Achievement.ACHIEVED;
        } else if (goalStatus == GoalStatus.COMPLETED) {
          achievement = outcome == RecognitionOutcome.PARTIAL_EQUIVALENCE
              || outcome == RecognitionOutcome.COMPENSATION_MEASURE_REQUIRED ? Achievement.PARTLY_ACHIEVED
              : Achievement.NOT_ACHIEVED;
        }
        target = GoalTarget.recognition(new RecognitionTarget(q.id(), RecognitionOutcome.FULL_EQUIVALENCE));
        QualificationType type = qualificationTypes.get(qualifications.indexOf(q));
        description = type.referenceOccupation != null
            ? "Anerkennung des Abschlusses (Referenzberuf " + type.referenceOccupation + ")"
            : "Zeugnisbewertung des Hochschulabschlusses durch die ZAB";
      }
      case HOUSING -> {
        HousingTargetKind kind = accommodation == AccommodationType.OWN_TENANCY ? HousingTargetKind.KEEP_TENANCY
            : !children.isEmpty() && draw.percent(25) ? HousingTargetKind.LARGER_APARTMENT : HousingTargetKind.OWN_TENANCY;
        target = GoalTarget.housing(new HousingTarget(kind));
        description = kind == HousingTargetKind.KEEP_TENANCY ? Tables.HOUSING_GOALS.get(2)
            : kind == HousingTargetKind.LARGER_APARTMENT ? Tables.HOUSING_GOALS.get(1) : Tables.HOUSING_GOALS.get(0);
      }
      case SCHOOL -> {
        if (schoolChildren) {
          target = GoalTarget.education(new EducationTarget(EducationTargetKind.SCHOOL_PLACE, null));
          description = draw.one(Tables.SCHOOL_GOALS.subList(0, 2));
        } else {
          boolean lower = draw.percent(60);
          target = GoalTarget.education(new EducationTarget(EducationTargetKind.SCHOOL_CERTIFICATE,
              lower ? SchoolCertificateEquivalent.HAUPTSCHULABSCHLUSS : SchoolCertificateEquivalent.MITTLERER_SCHULABSCHLUSS));
          description = Tables.SCHOOL_GOALS.get(lower ? 2 : 3);
        }
      }
      case VOCATIONAL_TRAINING_OR_STUDY -> {
        boolean study = schooling.ordinal() >= SchoolingBand.UPPER_SECONDARY.ordinal() && draw.percent(35);
        target = draw.percent(85) ? GoalTarget.education(new EducationTarget(
            study ? EducationTargetKind.STUDY_PLACE : EducationTargetKind.TRAINING_PLACE, null)) : null;
        description = study ? Tables.TRAINING_GOALS.get(2) : draw.one(List.of(Tables.TRAINING_GOALS.get(0),
            Tables.TRAINING_GOALS.get(1), Tables.TRAINING_GOALS.get(3)));
      }
      case HEALTH -> {
        int k = draw.between(0, Tables.HEALTH_GOALS.size() - 1);
        description = Tables.HEALTH_GOALS.get(k);
        target = draw.percent(70) ? GoalTarget.text(Tables.HEALTH_TARGETS.get(k)) : null;
      }
      case PARTICIPATION -> {
        int k = draw.between(0, Tables.PARTICIPATION_GOALS.size() - 1);
        description = Tables.PARTICIPATION_GOALS.get(k);
        target = draw.percent(70) ? GoalTarget.text(Tables.PARTICIPATION_TARGETS.get(k)) : null;
      }
      case CHILDREN_AND_FAMILY -> {
        int k = draw.between(0, Tables.FAMILY_GOALS.size() - 1);
        description = Tables.FAMILY_GOALS.get(k);
        target = draw.percent(70) ? GoalTarget.text(Tables.FAMILY_TARGETS.get(k)) : null;
      }
      default -> {
        int k = draw.between(0, Tables.OTHER_GOALS.size() - 1);
        description = Tables.OTHER_GOALS.get(k);
        target = draw.percent(70) ? GoalTarget.text(Tables.OTHER_TARGETS.get(k)) : null;
      }
    }
    LocalDate agreedOn = null;
    LocalDate dueDate = null;
    if (goalStatus != GoalStatus.PROPOSED) {
      agreedOn = reviewDates.isEmpty() || draw.percent(60) ? start : draw.one(reviewDates);
      events.add(agreedOn);
      dueDate = draw.percent(90) ? agreedOn.plusDays(draw.between(90, 720)) : null;
    }
    Priority priority = draw.percent(15) ? null
        : List.of(Priority.HIGH, Priority.MEDIUM, Priority.LOW).get(draw.weighted(35, 45, 20));
    return Goal.builder(id, area, description)
        .status(goalStatus)
        .priority(priority)
        .agreedOn(agreedOn)
        .dueDate(dueDate)
        .achievement(achievement)
        .target(target)
        .build();
  }

  private List<Measure> measures(List<Goal> goals) {
    List<Measure> measures = new ArrayList<>();
    String workGoal = goals.stream().filter(g -> g.area() == GoalArea.WORK && g.pursued())
        .map(Goal::id).findFirst().orElse(null);
    for (Goal goal : goals) {
      List<MeasureStatus> statuses = new ArrayList<>();
      switch (goal.status()) {
        case AGREED -> statuses.add(draw.percent(70) ? MeasureStatus.PLANNED : MeasureStatus.NOT_STARTED);
        case ACTIVE -> {
          statuses.add(draw.percent(70) ? MeasureStatus.IN_PROGRESS : MeasureStatus.PLANNED);
          if (draw.percent(30)) {
            statuses.add(draw.percent(60) ? MeasureStatus.DONE : MeasureStatus.CANCELLED);
          }
        }
        case ON_HOLD -> statuses.add(List.of(MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS,
            MeasureStatus.CANCELLED).get(draw.weighted(40, 30, 30)));
        case PROPOSED -> {
          if (draw.percent(40)) {
            statuses.add(MeasureStatus.PLANNED);
          }
        }
        case COMPLETED -> {
          statuses.add(MeasureStatus.DONE);
          if (draw.percent(30)) {
            statuses.add(MeasureStatus.DONE);
          }
        }
        case CANCELLED -> {
          if (draw.percent(50)) {
            statuses.add(MeasureStatus.CANCELLED);
          }
        }
      }
      for (MeasureStatus measureStatus : statuses) {
        measures.add(measure("m" + (measures.size() + 1), goal, measureStatus, workGoal));
      }
    }
    return measures;
  }

  private Measure measure(String id, Goal goal, MeasureStatus measureStatus, @Nullable String workGoal) {
    String city = city();
    boolean jobcenter = benefits.contains(BenefitType.SGB_II);
    MeasureKind kind;
    ResponsibleParty party;
    String provider = null;
    String description = null;
    switch (goal.area()) {
      case LANGUAGE -> {
        kind = MeasureKind.COURSE;
        party = ResponsibleParty.PERSON;
        CefrLevel level = goal.target() != null && goal.target().language() != null
            ? goal.target().language().level() : CefrLevel.B1;
        boolean integration = level.compareTo(CefrLevel.B1) <= 0;
        provider = integration ? "Volkshochschule " + city : "Internationaler Bund " + city;
        description = integration ? "Integrationskurs mit Deutsch-Test für Zuwanderer"
            : "Berufssprachkurs " + level.name() + " nach DeuFöV";
      }
      case WORK -> {
        int k = draw.weighted(50, 30, 20);
        kind = List.of(MeasureKind.JOB_SEARCH, MeasureKind.APPLICATION, MeasureKind.REFERRAL).get(k);
        party = k == 1 ? ResponsibleParty.PERSON : jobcenter ? ResponsibleParty.JOBCENTER : ResponsibleParty.EMPLOYMENT_AGENCY;
        provider = k == 1 ? null : jobcenter ? "Jobcenter " + city : "Agentur für Arbeit " + city;
        description = k == 0 ? "Vermittlung und Stellensuche" : k == 1 ? "Bewerbungsunterlagen erstellen und versenden"
            : "Zuweisung in eine Maßnahme zur Aktivierung und beruflichen Eingliederung";
      }
      case RECOGNITION -> {
        kind = MeasureKind.RECOGNITION_PROCEDURE;
        party = ResponsibleParty.RECOGNITION_COUNSELLING;
        provider = "IQ Netzwerk Baden-Württemberg";
        description = "Anerkennungsberatung und Antragstellung";
      }
      case HOUSING -> {
        kind = MeasureKind.HOUSING_SEARCH;
        party = draw.percent(50) ? ResponsibleParty.PERSON : ResponsibleParty.INTEGRATION_MANAGER;
        description = "Wohnungssuche, Wohnberechtigungsschein beantragen";
      }
      case SCHOOL -> {
        kind = MeasureKind.SCHOOL_MATTERS;
        party = draw.percent(60) ? ResponsibleParty.SCHOOL : ResponsibleParty.INTEGRATION_MANAGER;
        description = "Gespräch mit der Schule und dem Staatlichen Schulamt";
      }
      case VOCATIONAL_TRAINING_OR_STUDY -> {
        kind = draw.percent(60) ? MeasureKind.COUNSELLING : MeasureKind.APPLICATION;
        party = kind == MeasureKind.COUNSELLING ? ResponsibleParty.EMPLOYMENT_AGENCY : ResponsibleParty.PERSON;
        provider = kind == MeasureKind.COUNSELLING ? "Berufsberatung der Agentur für Arbeit " + city : null;
        description = kind == MeasureKind.COUNSELLING ? "Berufsberatung" : "Bewerbung um einen Ausbildungsplatz";
      }
      case HEALTH -> {
        kind = draw.percent(60) ? MeasureKind.HEALTH_CARE : MeasureKind.REFERRAL;
        party = kind == MeasureKind.HEALTH_CARE ? ResponsibleParty.PERSON : ResponsibleParty.INTEGRATION_MANAGER;
        provider = kind == MeasureKind.REFERRAL ? "Psychosoziales Zentrum" : null;
      }
      case PARTICIPATION -> {
        kind = MeasureKind.VOLUNTEERING;
        party = draw.percent(50) ? ResponsibleParty.VOLUNTEER : ResponsibleParty.PERSON;
        description = "Begleitung durch den Freundeskreis Asyl";
      }
      case CHILDREN_AND_FAMILY -> {
        kind = MeasureKind.CHILDCARE;
        party = draw.percent(50) ? ResponsibleParty.INTEGRATION_MANAGER : ResponsibleParty.PERSON;
        description = "Anmeldung über das zentrale Kita-Anmeldeverfahren";
      }
      default -> {
        kind = draw.percent(60) ? MeasureKind.COUNSELLING : MeasureKind.OTHER;
        party = draw.percent(50) ? ResponsibleParty.MIGRATION_COUNSELLING : ResponsibleParty.OTHER;
        provider = party == ResponsibleParty.MIGRATION_COUNSELLING ? "Migrationsberatung für erwachsene Zugewanderte" : null;
      }
    }
    Measure.Builder m = Measure.builder(id, kind, party).goal(goal.id()).description(description)
        .provider(provider).status(measureStatus);
    if (workGoal != null && goal.area() == GoalArea.LANGUAGE && !workGoal.equals(goal.id()) && draw.percent(25)) {
      m.goal(workGoal);
    }
    LocalDate from = goal.agreedOn();
    if (from != null) {
      LocalDate plannedStart = from.plusDays(draw.between(0, 90));
      m.planned(plannedStart, draw.percent(60) ? plannedStart.plusDays(draw.between(30, 365)) : null);
      if (measureStatus == MeasureStatus.IN_PROGRESS || measureStatus == MeasureStatus.DONE) {
        LocalDate actualStart = draw.day(from, end);
        LocalDate actualEnd = measureStatus == MeasureStatus.DONE ? draw.day(actualStart, end) : null;
        events.add(actualEnd != null ? actualEnd : actualStart);
        m.actual(actualStart, actualEnd);
      }
    }
    return m.build();
  }

  private List<Review> reviewsOf(List<Goal> goals) {
    List<Review> reviews = new ArrayList<>();
    for (int k = 0; k < reviewDates.size(); k++) {
      LocalDate date = reviewDates.get(k);
      boolean last = k == reviewDates.size() - 1;
      List<GoalReview> goalReviews = new ArrayList<>();
      for (Goal goal : goals) {
        if (goal.agreedOn() == null || goal.agreedOn().isAfter(date) || !draw.percent(80)) {
          continue;
        }
        Achievement achievement = Achievement.IN_PROGRESS;
        if (last && goal.status() == GoalStatus.COMPLETED && goal.achievement() != null) {
          achievement = goal.achievement();
        } else if (last && goal.status() == GoalStatus.CANCELLED) {
          achievement = Achievement.NOT_ACHIEVED;
        }
        goalReviews.add(new GoalReview(goal.id(), achievement, null));
      }
      List<ParticipantRole> participants = new ArrayList<>(List.of(ParticipantRole.PERSON, ParticipantRole.INTEGRATION_MANAGER));
      if (german.compareTo(CefrLevel.B1) < 0 && draw.percent(80)) {
        participants.add(ParticipantRole.INTERPRETER);
      }
      if (adults > 1 && draw.percent(20)) {
        participants.add(ParticipantRole.HOUSEHOLD_MEMBER);
      }
      if (benefits.contains(BenefitType.SGB_II) && draw.percent(10)) {
        participants.add(ParticipantRole.JOBCENTER);
      }
      if (draw.percent(8)) {
        participants.add(ParticipantRole.VOLUNTEER);
      }
      LocalDate nextReview = !last ? reviewDates.get(k + 1)
          : running() ? date.plusDays(draw.between(150, 200)) : null;
      reviews.add(new Review(date, participants, goalReviews, nextReview,
          draw.percent(30) ? draw.one(Tables.REVIEW_NOTES) : null));
    }
    return reviews;
  }

  // ---------------------------------------------------------------- consent, closure, timestamps

  private @Nullable Consent consent(boolean health) {
    if (status == PlanStatus.DRAFT && draw.percent(50)) {
      return null;
    }
    List<ConsentScope> scopes = new ArrayList<>();
    scopes.add(ConsentScope.COUNSELLING_RECORDS);
    if (health || specialCategories || draw.percent(20)) {
      scopes.add(ConsentScope.SPECIAL_CATEGORIES);
    }
    if (draw.percent(50)) {
      scopes.add(ConsentScope.EXCHANGE_WITH_AUTHORITIES);
    }
    if (draw.percent(60)) {
      scopes.add(ConsentScope.EXCHANGE_WITH_SERVICES);
    }
    if (draw.percent(40)) {
      scopes.add(ConsentScope.ANONYMOUS_STATISTICS);
    }
    LocalDate withdrawn = closureReason == ClosureReason.CONSENT_WITHDRAWN ? end : null;
    return new Consent(start, scopes, withdrawn);
  }

  private @Nullable Closure closure() {
    if (running() || closureReason == null) {
      return null;
    }
    events.add(end);
    String note = switch (closureReason) {
      case MOVED_AWAY -> "Umzug in einen anderen Landkreis; Übergabe an die dortige Beratung angeboten.";
      case LEFT_ACCOMMODATION -> "Auszug aus der Anschlussunterbringung in eine eigene Wohnung.";
      case MAXIMUM_DURATION -> "Höchstdauer der Begleitung erreicht.";
      case GOALS_ACHIEVED -> "Ziele erreicht; die Regelangebote werden selbstständig genutzt.";
      default -> null;
    };
    return new Closure(end, closureReason, draw.percent(60) ? note : null);
  }

  private @Nullable OffsetDateTime updated(OffsetDateTime created) {
    if (status == PlanStatus.DRAFT && draw.percent(50)) {
      return null;
    }
    LocalDate last = start;
    for (LocalDate day : events) {
      if (day.isAfter(last) && !day.isAfter(end)) {
        last = day;
      }
    }
    if (last.equals(start)) {
      return created.plusMinutes(draw.between(20, 90));
    }
    return timestamp(last, draw.between(8 * 60, 17 * 60));
  }

  OffsetDateTime timestamp(LocalDate day, int minuteOfDay) {
    return day.atTime(minuteOfDay / 60, minuteOfDay % 60, draw.between(0, 59))
        .atZone(BERLIN).toOffsetDateTime();
  }

  // ---------------------------------------------------------------- helpers

  String city() {
    String name = municipality.name();
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
  }
}
