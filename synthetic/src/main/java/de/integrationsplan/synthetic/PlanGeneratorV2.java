package de.integrationsplan.synthetic;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.model.v2.AnabinRating;
import de.integrationsplan.core.model.v2.ChildEducation;
import de.integrationsplan.core.model.v2.Closure;
import de.integrationsplan.core.model.v2.CodeListReference;
import de.integrationsplan.core.model.v2.Coding;
import de.integrationsplan.core.model.v2.ComparabilityStatement;
import de.integrationsplan.core.model.v2.CompetenceProfile;
import de.integrationsplan.core.model.v2.Consent;
import de.integrationsplan.core.model.v2.ConsentScope;
import de.integrationsplan.core.model.v2.ContactMode;
import de.integrationsplan.core.model.v2.CounsellingContact;
import de.integrationsplan.core.model.v2.CounsellingPeriod;
import de.integrationsplan.core.model.v2.Course;
import de.integrationsplan.core.model.v2.Development;
import de.integrationsplan.core.model.v2.Disability;
import de.integrationsplan.core.model.v2.EducationTarget;
import de.integrationsplan.core.model.v2.Extension;
import de.integrationsplan.core.model.v2.FictionCertificate;
import de.integrationsplan.core.model.v2.FinanceTarget;
import de.integrationsplan.core.model.v2.FinanceTargetKind;
import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.GoalReview;
import de.integrationsplan.core.model.v2.GoalStatus;
import de.integrationsplan.core.model.v2.GoalTarget;
import de.integrationsplan.core.model.v2.Household;
import de.integrationsplan.core.model.v2.HouseholdMember;
import de.integrationsplan.core.model.v2.HouseholdRole;
import de.integrationsplan.core.model.v2.Housing;
import de.integrationsplan.core.model.v2.HousingForm;
import de.integrationsplan.core.model.v2.HousingTarget;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.LanguageEvidence;
import de.integrationsplan.core.model.v2.LanguageSkill;
import de.integrationsplan.core.model.v2.LanguageTarget;
import de.integrationsplan.core.model.v2.Measure;
import de.integrationsplan.core.model.v2.MeasureStatus;
import de.integrationsplan.core.model.v2.NaturalisationStep;
import de.integrationsplan.core.model.v2.NaturalisationTarget;
import de.integrationsplan.core.model.v2.OrganisationKind;
import de.integrationsplan.core.model.v2.ParticipantRole;
import de.integrationsplan.core.model.v2.Person;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.Priority;
import de.integrationsplan.core.model.v2.Qualification;
import de.integrationsplan.core.model.v2.Recognition;
import de.integrationsplan.core.model.v2.RecognitionTarget;
import de.integrationsplan.core.model.v2.ResidenceStatus;
import de.integrationsplan.core.model.v2.ResidenceTarget;
import de.integrationsplan.core.model.v2.ResponsibleOrganisation;
import de.integrationsplan.core.model.v2.Review;
import de.integrationsplan.core.model.v2.Schooling;
import de.integrationsplan.core.model.v2.StatusChange;
import de.integrationsplan.core.model.v2.WorkExperience;
import de.integrationsplan.core.model.v2.WorkTarget;
import de.integrationsplan.synthetic.Tables.Municipality;
import de.integrationsplan.synthetic.Tables.QualificationType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Generates the one plan of a given index in format 2.0: the person, time line, goals, measures and
 * reviews of the format 1.0 plan of the same seed and index ({@link PlanGenerator}), written with
 * the codes of the code lists, and then what format 2.0 adds, drawn from the same random source
 * after the 1.0 draws: the status history, counselling contacts, household members with ids that
 * goals and measures are for, residence details, a recognition's state apart from its outcome and
 * the ZAB's statement, the organisation of each kind, the receiving municipality after a move,
 * goals for securing residence, naturalisation and finances.
 *
 * <p>Every code comes from the version of its list that the plan declares, and a code with a
 * validity is used only inside it (the parent and youth integration courses begun before
 * 7 December 2024, a § 104c title granted in 2023 to 2025): the generator asks the
 * {@linkplain CodeListCatalogue#standard() catalogue}, so a new version of a list changes what it
 * may draw, not this class. One instance per plan; not thread-safe.
 */
final class PlanGeneratorV2 {

  /** The version of every list the generator draws from unless it declares an older one. */
  static final String LATEST = "2026-12-01";

  /** The id of Destatis's <em>Staatsangehörigkeitsschlüssel</em> in the catalogue. */
  private static final String NATIONALITY = "nationality";

  private static final CodeListCatalogue CATALOGUE = CodeListCatalogue.standard();

  private static final Set<String> TOLERATED = Set.of("AUFENTHG_60A_DULDUNG", "AUFENTHG_60B", "AUFENTHG_104C",
      "ASYLG_55_GESTATTUNG", "AUFENTHG_25_5");

  private final PlanGenerator v1;
  private final Draw draw;
  /** Codes used, by list: a list whose codes are all in an older version may declare that one. */
  private final Map<String, Set<String>> used = new HashMap<>();
  private final List<HouseholdMember> members = new ArrayList<>();
  private final List<LocalDate> days = new ArrayList<>();
  private int age;

  PlanGeneratorV2(long seed, long index, LocalDate referenceDate) {
    this.v1 = new PlanGenerator(seed, index, referenceDate);
    this.draw = v1.draw;
  }

  IntegrationPlan generate() {
    de.integrationsplan.core.model.v1.IntegrationPlan p = v1.generate();
    age = v1.ref.getYear() - v1.birthYear;
    Person person = person(p.person());
    CompetenceProfile profile = p.competenceProfile() == null ? null : profile(p.competenceProfile());
    List<Goal> goals = new ArrayList<>();
    for (var g : p.goals()) {
      goals.add(goal(g));
    }
    List<Measure> measures = new ArrayList<>();
    for (var m : p.measures()) {
      measures.add(measure(m, goals));
    }
    moreGoals(person, goals, measures);
    List<Review> reviews = new ArrayList<>();
    for (var r : p.reviews()) {
      reviews.add(new Review(r.date(), r.participants().stream().map(x -> ParticipantRole.valueOf(x.name())).toList(),
          r.goalReviews().stream().map(x -> new GoalReview(x.goalId(),
              de.integrationsplan.core.model.v2.Achievement.valueOf(x.achievement().name()), x.note())).toList(),
          r.nextReviewOn(), r.note()));
    }
    List<StatusChange> history = statusHistory();
    List<CounsellingContact> contacts = contacts(goals, person);
    Closure closure = p.closure() == null ? null : closure(p.closure());
    var c1 = p.counsellingPeriod();
    CounsellingPeriod period = new CounsellingPeriod(c1.start(), c1.plannedEnd(), c1.extensionJustification());

    IntegrationPlan.Builder plan = IntegrationPlan.builder()
        .id(p.id())
        .status(PlanStatus.valueOf(p.status().name()))
        .statusChange(history.toArray(new StatusChange[0]))
        .created(p.created())
        .counsellingPeriod(period)
        .responsibleOrganisation(organisation())
        .integrationManager(p.integrationManager())
        .person(person)
        .competenceProfile(profile)
        .goal(goals.toArray(new Goal[0]))
        .measure(measures.toArray(new Measure[0]))
        .counsellingContact(contacts.toArray(new CounsellingContact[0]))
        .review(reviews.toArray(new Review[0]))
        .closure(closure);
    boolean special = !goals.isEmpty() || person.disability() != null || c1.extensionJustification() != null
        || profile != null && !profile.developments().isEmpty() || !reviews.isEmpty()
        || closure != null && closure.note() != null || contacts.stream().anyMatch(x -> x.topics().contains(GoalArea.HEALTH))
        // a child's school track that says so by itself (SBBZ, a school for special educational needs)
        || person.household() != null && person.household().members().stream()
            .anyMatch(m -> m.schoolTrack() != null && specialCategory("school-track", m.schoolTrack()));
    plan.consent(consent(p.consent(), special));
    plan.updated(updated(p.created(), p.updated()));
    for (CodeList list : CATALOGUE.all()) {
      plan.codeList(new CodeListReference(list.uri(), version(list)));
    }
    for (var e : p.extensions()) {
      plan.extension(new Extension(e.url(), e.value()));
    }
    return plan.build();
  }

  // ---------------------------------------------------------------- codes

  /** The code, recorded as used in its list; it must be a code of the latest version. */
  private String code(String list, String code) {
    if (!CATALOGUE.byId(list).map(PlanGeneratorV2::latest).orElseThrow().contains(code)) {
      throw new IllegalStateException("no code " + code + " in version " + LATEST + " of the list " + list);
    }
    used.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(code);
    return code;
  }

  /** The migration counselling of the Federal Government: the JMD up to 26, the MBE from 27. */
  private String migrationCounselling() {
    return age <= 26 ? "JMD" : "MBE";
  }

  /** Whether a code of a list is valid on a day (a day of {@code null} puts no limit). */
  private static boolean validOn(String list, String code, @Nullable LocalDate day) {
    Code c = CATALOGUE.byId(list).flatMap(l -> l.code(code)).orElseThrow(
        () -> new IllegalStateException("no code " + code + " in the list " + list));
    return day == null || c.validOn(day);
  }

  /** The version a list is declared in: the latest, or now and then the oldest that has every code used. */
  private String version(CodeList list) {
    Set<String> codes = used.getOrDefault(list.id(), Set.of());
    var oldest = list.versions().get(0);
    String latest = latest(list).id();
    if (!oldest.id().equals(latest) && draw.percent(20) && codes.stream().allMatch(oldest::contains)) {
      return oldest.id();
    }
    return latest;
  }

  /** The version {@value #LATEST} of one of this library's lists; another publisher's list in its latest version. */
  private static de.integrationsplan.core.codelist.CodeListVersion latest(CodeList list) {
    return list.version(LATEST).orElseGet(list::latest);
  }

  /**
   * The Destatis key of a nationality the 1.0 generator drew as ISO 3166-1 alpha-2 (or
   * {@code STATELESS}), through the list's own mapping, as the migration maps it.
   */
  private String nationalityKey(String iso) {
    if (iso.equals("STATELESS")) {
      return code(NATIONALITY, "997");
    }
    var version = latest(CATALOGUE.byId(NATIONALITY).orElseThrow());
    for (var c : version.codes()) {
      if (c.iso3166Alpha2().filter(iso::equals).isPresent()) {
        return code(NATIONALITY, c.code());
      }
    }
    throw new IllegalStateException("no nationality key for " + iso);
  }

  // ---------------------------------------------------------------- organisation, history, contacts

  private ResponsibleOrganisation organisation() {
    Municipality m = v1.municipality;
    boolean urbanDistrict = m.ags().endsWith("000");
    int kind = draw.weighted(60, urbanDistrict ? 0 : 18, 22);
    String district = m.ags().substring(0, 5);
    return switch (kind) {
      case 0 -> draw.percent(70) ? ResponsibleOrganisation.municipality(m.ags())
          : new ResponsibleOrganisation(OrganisationKind.MUNICIPALITY, m.ags(), null, m.name());
      case 1 -> draw.percent(60) ? ResponsibleOrganisation.district(district)
          : new ResponsibleOrganisation(OrganisationKind.DISTRICT, null, district, "Landratsamt, Integrationsmanagement");
      default -> {
        String provider = draw.one(List.of("Caritasverband", "Diakonisches Werk", "Deutsches Rotes Kreuz, Kreisverband",
            "Arbeiterwohlfahrt, Kreisverband", "Internationaler Bund"));
        boolean byDistrict = !urbanDistrict && draw.percent(40);
        yield new ResponsibleOrganisation(OrganisationKind.PROVIDER, byDistrict ? null : m.ags(),
            byDistrict ? district : null, provider + " " + v1.city() + ", Integrationsmanagement");
      }
    };
  }

  private List<StatusChange> statusHistory() {
    List<StatusChange> history = new ArrayList<>();
    if (draw.percent(15)) {
      return history; // kept by software that did not record it
    }
    PlanStatus status = PlanStatus.valueOf(v1.status.name());
    LocalDate start = v1.start;
    LocalDate end = v1.end;
    if (status == PlanStatus.DRAFT) {
      history.add(new StatusChange(start, PlanStatus.DRAFT));
      return history;
    }
    LocalDate activeOn = start;
    if (draw.percent(50)) {
      history.add(new StatusChange(start, PlanStatus.DRAFT));
      activeOn = min(end, start.plusDays(draw.between(0, 21)));
    }
    history.add(new StatusChange(activeOn, PlanStatus.ACTIVE));
    if (status == PlanStatus.ACTIVE) {
      if (ChronoUnit.DAYS.between(activeOn, end) > 200 && draw.percent(10)) {
        LocalDate held = draw.day(activeOn.plusDays(60), end.minusDays(60));
        history.add(new StatusChange(held, PlanStatus.ON_HOLD));
        history.add(new StatusChange(draw.day(held.plusDays(20), end), PlanStatus.ACTIVE));
      }
    } else {
      history.add(new StatusChange(status == PlanStatus.ON_HOLD || status == PlanStatus.ENTERED_IN_ERROR
          ? draw.day(activeOn, end) : end, status));
    }
    history.forEach(c -> days.add(c.date()));
    return history;
  }

  private List<CounsellingContact> contacts(List<Goal> goals, Person person) {
    List<CounsellingContact> contacts = new ArrayList<>();
    if (draw.percent(10)) {
      return contacts; // not recorded
    }
    List<GoalArea> areas = new ArrayList<>();
    for (Goal g : goals) {
      if (!areas.contains(g.area())) {
        areas.add(g.area());
      }
    }
    if (areas.isEmpty()) {
      areas.add(GoalArea.OTHER);
    }
    boolean interpreter = v1.german.compareTo(de.integrationsplan.core.model.v1.CefrLevel.B1) < 0;
    String language = v1.ownLanguages.isEmpty() ? null : v1.ownLanguages.get(0);
    LocalDate day = v1.start;
    while (!day.isAfter(v1.end) && contacts.size() < 80) {
      ContactMode mode = List.of(ContactMode.IN_PERSON, ContactMode.PHONE, ContactMode.HOME_VISIT, ContactMode.WRITTEN,
          ContactMode.ACCOMPANIMENT, ContactMode.VIDEO, ContactMode.OTHER).get(draw.weighted(48, 22, 10, 9, 6, 4, 1));
      Integer minutes = draw.percent(85) ? switch (mode) {
        case PHONE, WRITTEN -> draw.between(5, 30);
        case ACCOMPANIMENT -> draw.between(60, 240);
        default -> 5 * draw.between(4, 18);
      } : null;
      List<GoalArea> topics = new ArrayList<>();
      for (int i = 0, n = draw.weighted(50, 35, 15) + 1; i < n; i++) {
        GoalArea a = draw.one(areas);
        if (!topics.contains(a)) {
          topics.add(a);
        }
      }
      boolean withInterpreter = interpreter && language != null && mode != ContactMode.WRITTEN && draw.percent(70);
      contacts.add(new CounsellingContact(day, mode, minutes, topics,
          draw.percent(80) ? withInterpreter : null, withInterpreter && draw.percent(80) ? language : null));
      day = day.plusDays(contacts.size() < 4 ? draw.between(7, 28) : draw.between(14, 70));
    }
    contacts.forEach(c -> days.add(c.date()));
    return contacts;
  }

  /** Whether a list marks a code as one that reveals a special category of personal data (Art. 9 GDPR). */
  private static boolean specialCategory(String list, String code) {
    return CATALOGUE.byId(list).flatMap(l -> l.code(code)).map(Code::specialCategory).orElse(false);
  }

  private @Nullable Consent consent(de.integrationsplan.core.model.v1.@Nullable Consent c, boolean special) {
    if (c == null && !special) {
      return null;
    }
    List<ConsentScope> scopes = new ArrayList<>();
    if (c != null) {
      c.scopes().forEach(s -> scopes.add(ConsentScope.valueOf(s.name())));
    } else {
      scopes.add(ConsentScope.COUNSELLING_RECORDS);
    }
    if (special && !scopes.contains(ConsentScope.SPECIAL_CATEGORIES)) {
      scopes.add(1, ConsentScope.SPECIAL_CATEGORIES);
    }
    return new Consent(c == null ? v1.start : c.givenOn(), scopes, c == null ? null : c.withdrawnOn(), null);
  }

  private @Nullable OffsetDateTime updated(OffsetDateTime created, @Nullable OffsetDateTime updated) {
    if (updated == null) {
      return null;
    }
    LocalDate last = updated.toLocalDate();
    for (LocalDate d : days) {
      if (d.isAfter(last) && !d.isAfter(v1.end)) {
        last = d;
      }
    }
    return last.equals(updated.toLocalDate()) ? updated : v1.timestamp(last, draw.between(8 * 60, 17 * 60));
  }

  private Closure closure(de.integrationsplan.core.model.v1.Closure c) {
    String reason = c.reason().name();
    String receiving = null;
    Boolean handOver = null;
    if (reason.equals("MOVED_AWAY")) {
      Municipality to;
      do {
        to = draw.weighted(Tables.MUNICIPALITIES, Tables.MUNICIPALITY_WEIGHTS);
      } while (to.equals(v1.municipality));
      receiving = draw.percent(85) ? to.ags() : null;
      if (receiving != null && draw.percent(55)) {
        reason = "MOVED_AWAY_HANDED_OVER";
        handOver = true;
      } else if (draw.percent(50)) {
        handOver = false;
      }
    } else if (reason.equals("OTHER") && draw.percent(30)) {
      reason = "TARGET_GROUP_ENDED";
    }
    return new Closure(c.closedOn(), code("closure-reason", reason), c.note(), receiving, handOver);
  }

  // ---------------------------------------------------------------- person

  private Person person(de.integrationsplan.core.model.v1.Person p) {
    Person.Builder b = Person.builder(p.pseudonym())
        .birthYear(p.birthYear())
        .minor(draw.percent(70) ? Boolean.FALSE : null)
        .sex(p.sex() == null ? null : de.integrationsplan.core.model.v2.Sex.valueOf(p.sex().name()))
        .nationality(p.nationalities().stream().map(this::nationalityKey).toArray(String[]::new))
        .countryOfOrigin(p.countryOfOrigin())
        .language(p.languages().toArray(new String[0]))
        .municipalityKey(v1.municipality.ags())
        .targetGroup(code("target-group", v1.nationality.ukraine() ? "DISPLACED_FROM_UKRAINE"
            : draw.percent(97) ? "FOLLOW_UP_ACCOMMODATION" : "OTHER"))
        .residence(p.residence() == null ? null : residence(p.residence()));
    List<String> benefits = new ArrayList<>();
    p.benefits().forEach(x -> benefits.add(x.name()));
    var household = p.household();
    boolean children = household != null && !household.children().isEmpty();
    if (children && draw.percent(80)) {
      benefits.remove(Person.NO_BENEFIT);
      benefits.add("KINDERGELD");
      if (benefits.size() == 1 && draw.percent(30)) {
        benefits.add("BKGG_6A");
      }
    }
    if (benefits.equals(List.of(Person.NO_BENEFIT)) && v1.accommodation
        == de.integrationsplan.core.model.v1.AccommodationType.OWN_TENANCY && draw.percent(25)) {
      benefits.set(0, "WOGG");
    }
    benefits.forEach(x -> b.benefit(code("benefit", x)));
    if (household != null) {
      b.household(household(household));
    }
    var a = p.accommodation();
    if (a != null) {
      HousingForm form = switch (a.type()) {
        case FOLLOW_UP_SHARED -> HousingForm.SHARED_ACCOMMODATION;
        case FOLLOW_UP_APARTMENT -> HousingForm.APARTMENT;
        case OWN_TENANCY -> HousingForm.OWN_TENANCY;
        case WITH_RELATIVES_OR_FRIENDS -> HousingForm.WITH_RELATIVES_OR_FRIENDS;
        case SHELTER -> HousingForm.SHELTER;
        default -> HousingForm.OTHER;
      };
      b.housing(new Housing(form, a.since()));
    }
    if (draw.perMille(25)) {
      b.disability(new Disability(10 * draw.between(3, 10), draw.percent(40) ? List.of("G") : List.of(),
          draw.percent(60) ? draw.day(v1.arrival, v1.end) : null));
    }
    return b.build();
  }

  private Household household(de.integrationsplan.core.model.v1.Household h) {
    int adults = h.adults() == null ? 1 : h.adults();
    if (adults >= 2) {
      members.add(new HouseholdMember(memberId(), HouseholdRole.PARTNER,
          draw.percent(80) ? v1.birthYear + draw.between(-6, 4) : null,
          draw.percent(70) ? (v1.nationality.femalePercent > 50 ? de.integrationsplan.core.model.v2.Sex.MALE
              : draw.percent(90) ? de.integrationsplan.core.model.v2.Sex.FEMALE : de.integrationsplan.core.model.v2.Sex.MALE)
              : null, null, null));
    }
    for (int i = 2; i < adults; i++) {
      boolean parent = age < 40 && draw.percent(50);
      members.add(new HouseholdMember(memberId(), parent ? HouseholdRole.PARENT : HouseholdRole.OTHER_RELATIVE,
          parent ? v1.birthYear - draw.between(20, 35) : null, null, null, null));
    }
    for (var child : h.children()) {
      ChildEducation education = child.education() == null ? null : ChildEducation.valueOf(child.education().name());
      int childAge = child.birthYear() == null ? 0 : v1.ref.getYear() - child.birthYear();
      members.add(new HouseholdMember(memberId(), HouseholdRole.CHILD, child.birthYear(),
          draw.percent(60) ? (draw.percent(50) ? de.integrationsplan.core.model.v2.Sex.FEMALE
              : de.integrationsplan.core.model.v2.Sex.MALE) : null,
          education, education == null || draw.percent(30) ? null : schoolTrack(education, childAge)));
    }
    return new Household(draw.percent(90) ? 1 + members.size() : null, members);
  }

  private String memberId() {
    return "hm" + (members.size() + 1);
  }

  private @Nullable String schoolTrack(ChildEducation education, int childAge) {
    String track = switch (education) {
      case PREPARATORY_CLASS -> childAge >= 15 ? "VABO" : "VKL";
      case PRIMARY_SCHOOL -> "GRUNDSCHULE";
      case SECONDARY_SCHOOL -> List.of("HAUPTSCHULE_WERKREALSCHULE", "REALSCHULE", "GEMEINSCHAFTSSCHULE", "GYMNASIUM")
          .get(draw.weighted(30, 25, 30, 15));
      case VOCATIONAL_SCHOOL -> List.of("VABO", "AVDUAL", "BERUFSFACHSCHULE", "BERUFSSCHULE").get(draw.weighted(35, 20, 20, 25));
      case SPECIAL_NEEDS_SCHOOL -> "SBBZ";
      case NOT_IN_EDUCATION -> "NOT_ENROLLED";
      default -> null;
    };
    return track == null ? null : code("school-track", track);
  }

  private ResidenceStatus residence(de.integrationsplan.core.model.v1.ResidenceStatus r) {
    String basis = r.basis().name();
    LocalDate validFrom = r.validFrom();
    if (basis.equals("AUFENTHG_81_FICTION")) {
      // withdrawn in 2026-12-01: the Fiktionsbescheinigung stands beside the status applied for
      return new ResidenceStatus(code("legal-basis", "OTHER"), null, null, null, null, null, null, null, null,
          new FictionCertificate(validFrom, r.validUntil()));
    }
    LocalDate granted = validFrom;
    if (granted != null && !TOLERATED.contains(basis) && draw.percent(35)) {
      granted = max(v1.arrival, granted.minusDays(draw.between(180, 1100)));
    }
    if (!validOn("legal-basis", basis, granted)) {
      // a § 104c title (31.12.2022 to 31.12.2025) granted outside those days: the tolerance before, § 25b after
      LocalDate from = CATALOGUE.byId("legal-basis").flatMap(l -> l.code(basis)).flatMap(Code::validFrom).orElse(LocalDate.MIN);
      String other = granted.isBefore(from) ? "AUFENTHG_60A_DULDUNG" : "AUFENTHG_25B";
      return residence(other, granted, validFrom, r.validUntil());
    }
    return residence(basis, granted, validFrom, r.validUntil());
  }

  private ResidenceStatus residence(String basis, @Nullable LocalDate granted, @Nullable LocalDate validFrom,
      @Nullable LocalDate validUntil) {
    boolean tolerated = TOLERATED.contains(basis);
    String permit = switch (basis) {
      case "AUFENTHG_60A_DULDUNG", "AUFENTHG_60B" -> draw.percent(75) ? "EMPLOYMENT_REQUIRES_PERMISSION"
          : "GAINFUL_EMPLOYMENT_PROHIBITED";
      case "ASYLG_55_GESTATTUNG", "AUFENTHG_25_5" -> "EMPLOYMENT_REQUIRES_PERMISSION";
      case "AUFENTHG_60C", "AUFENTHG_60D" -> "EMPLOYMENT_PERMITTED";
      case "AUFENTHG_81_FICTION", "OTHER" -> null;
      default -> "GAINFUL_EMPLOYMENT_PERMITTED";
    };
    boolean ukraine = basis.equals("AUFENTHG_24");
    Boolean identity = draw.percent(20) ? null : basis.equals("AUFENTHG_60C") || ukraine || draw.percent(tolerated ? 45 : 90);
    Boolean passport = draw.percent(25) ? null : ukraine ? draw.percent(95) : draw.percent(tolerated ? 35 : 70);
    Boolean obligation = null;
    LocalDate obligationUntil = null;
    boolean bound = Set.of("AUFENTHG_25_1", "AUFENTHG_25_2_REFUGEE", "AUFENTHG_25_2_SUBSIDIARY", "AUFENTHG_23_4",
        "AUFENTHG_25_3", "AUFENTHG_22", "AUFENTHG_24").contains(basis);
    if (granted != null && draw.percent(60)) {
      LocalDate until = granted.plusYears(3).minusDays(1);
      obligation = bound && !until.isBefore(v1.end);
      obligationUntil = obligation && draw.percent(70) ? until : null;
    }
    FictionCertificate fiction = null;
    if (validUntil != null && v1.running() && ChronoUnit.DAYS.between(v1.end, validUntil) < 60 && draw.percent(30)) {
      LocalDate issued = validUntil.minusDays(draw.between(0, 20));
      fiction = new FictionCertificate(issued, issued.plusDays(draw.between(90, 180)));
    }
    return new ResidenceStatus(code("legal-basis", basis), granted, validFrom, validUntil,
        permit == null ? null : code("work-permit", permit), identity, passport, obligation, obligationUntil, fiction);
  }

  // ---------------------------------------------------------------- competence profile

  private CompetenceProfile profile(de.integrationsplan.core.model.v1.CompetenceProfile p) {
    CompetenceProfile.Builder b = CompetenceProfile.builder();
    for (var s : p.schooling()) {
      b.schooling(new Schooling(s.country(), s.years(), s.certificate(), s.iscedLevel(),
          s.germanEquivalent() == null ? null
              : de.integrationsplan.core.model.v2.SchoolCertificateEquivalent.valueOf(s.germanEquivalent().name())));
    }
    if (age <= 20 && draw.percent(40)) {
      b.schoolTrack(code("school-track", draw.percent(70) ? "VABO" : "AVDUAL"));
    }
    if (p.literacy() != null) {
      b.literacy(de.integrationsplan.core.model.v2.Literacy.valueOf(p.literacy().name()));
    }
    List<QualificationType> types = v1.qualificationTypes;
    for (int i = 0; i < p.qualifications().size(); i++) {
      b.qualification(qualification(p.qualifications().get(i), types.get(i)));
    }
    for (var w : p.workExperience()) {
      b.workExperience(new WorkExperience(coding(w.occupation()), w.description(), w.country(), w.from(), w.to()));
    }
    for (var s : p.languageSkills()) {
      b.languageSkill(new LanguageSkill(s.language(), level(s.overall()), level(s.listening()), level(s.reading()),
          level(s.writing()), level(s.speaking()), level(s.mediation()),
          s.evidence() == null ? null : LanguageEvidence.valueOf(s.evidence().name()), s.assessedOn()));
    }
    boolean regulated = types.stream().anyMatch(t -> t.regulated);
    for (var c : p.courses()) {
      String type = c.type().name();
      if (!validOn("course-type", type, c.startedOn() == null ? v1.end : c.startedOn())) {
        type = "INTEGRATION_GENERAL"; // the parent and youth courses ended on 6 December 2024
      } else if (type.equals("JOB_LANGUAGE_SPECIAL") && regulated && draw.percent(60)) {
        type = "JOB_LANGUAGE_SPECIAL_RECOGNITION";
      }
      b.course(new Course(code("course-type", type), de.integrationsplan.core.model.v2.CourseStatus.valueOf(c.status().name()),
          level(c.targetLevel()), c.provider(), c.startedOn(), c.endedOn(), level(c.achievedLevel()),
          c.certificate() == null ? null : LanguageEvidence.valueOf(c.certificate().name())));
    }
    for (var d : p.developments()) {
      b.development(new Development(d.date(), GoalArea.valueOf(d.area().name()), d.note()));
    }
    return b.build();
  }

  private Qualification qualification(de.integrationsplan.core.model.v1.Qualification q, QualificationType type) {
    return Qualification.builder(q.id(), q.originalTitle())
        .country(q.country())
        .field(coding(q.field()))
        .eqfLevel(q.level())
        .iscedLevel(q.level() != null && draw.percent(50) ? Math.min(8, q.level()) : null)
        .occupation(coding(q.occupation()))
        .regulatedProfession(q.regulatedProfession())
        .documentsAvailable(q.documentsAvailable())
        .institutionRating(type.academic && draw.percent(40)
            ? List.of(AnabinRating.H_PLUS, AnabinRating.H_PLUS_MINUS, AnabinRating.H_MINUS).get(draw.weighted(80, 15, 5)) : null)
        .recognition(q.recognition() == null ? null : recognition(q.recognition(), type))
        .build();
  }

  /** The state from the 1.0 outcome, the outcome only once decided, the measure only where required. */
  private Recognition recognition(de.integrationsplan.core.model.v1.Recognition r, QualificationType type) {
    String procedure = r.procedure() == null ? null : r.procedure().name();
    boolean health = type.authority != null && type.authority.contains("Landesprüfungsamt");
    if ("BQFG".equals(procedure) && health && draw.percent(70)) {
      procedure = "PROFESSIONAL_LAW"; // the licence under the BÄO, BApO or PflBG
    }
    String outcome = r.outcome().name();
    String state;
    String measure = null;
    ComparabilityStatement statement = null;
    switch (outcome) {
      case "NOT_APPLIED" -> {
        state = draw.percent(35) ? "PREPARING" : "NOT_APPLIED";
        outcome = null;
      }
      case "PENDING" -> {
        state = List.of("APPLIED", "DOCUMENTS_REQUESTED", "PENDING").get(draw.weighted(25, 20, 55));
        outcome = null;
      }
      default -> {
        state = "DECIDED";
        if ("ZAB_STATEMENT".equals(procedure)) {
          // the ZAB states comparability; it decides no equivalence
          boolean master = type.level >= 7;
          statement = new ComparabilityStatement(r.decidedOn(), code("statement-result", outcome.equals("FULL_EQUIVALENCE")
              ? master ? "COMPARABLE_MASTER_LEVEL" : "COMPARABLE_BACHELOR_LEVEL" : "COMPARABLE_OTHER_LEVEL"),
              draw.percent(70) ? master ? "Master" : "Bachelor" : null, draw.percent(60) ? type.level : null);
          outcome = null;
        } else if (outcome.equals("COMPENSATION_MEASURE_REQUIRED") && draw.percent(70)) {
          measure = health ? "KNOWLEDGE_TEST" : draw.percent(60) ? "ADAPTATION_COURSE" : "APTITUDE_TEST";
          if (draw.percent(60)) {
            state = "COMPENSATION_IN_PROGRESS";
          }
        } else if (outcome.equals("PARTIAL_EQUIVALENCE") && draw.percent(30)) {
          measure = "ADAPTATION_QUALIFICATION";
          state = "COMPENSATION_IN_PROGRESS";
        } else if (outcome.equals("NO_EQUIVALENCE") && draw.percent(15)) {
          state = "APPEALED";
        }
      }
    }
    if (procedure != null && !validOn("recognition-procedure", procedure, r.appliedOn())) {
      procedure = "OTHER";
    }
    return new Recognition(procedure == null ? null : code("recognition-procedure", procedure), r.authority(),
        r.referenceOccupation(), code("recognition-state", state), r.appliedOn(), r.decidedOn(),
        outcome == null ? null : code("recognition-outcome", outcome),
        measure == null ? null : code("compensation-measure", measure), statement);
  }

  // ---------------------------------------------------------------- goals and measures

  private Goal goal(de.integrationsplan.core.model.v1.Goal g) {
    GoalArea area = GoalArea.valueOf(g.area().name());
    Goal.Builder b = Goal.builder(g.id(), area, g.description())
        .status(GoalStatus.valueOf(g.status().name()))
        .priority(g.priority() == null ? null : Priority.valueOf(g.priority().name()))
        .agreedOn(g.agreedOn())
        .dueDate(g.dueDate())
        .achievement(g.achievement() == null ? null : de.integrationsplan.core.model.v2.Achievement.valueOf(g.achievement().name()))
        .target(g.target() == null ? null : target(g.target()));
    if (area == GoalArea.CHILDREN_AND_FAMILY || area == GoalArea.SCHOOL) {
      for (HouseholdMember m : members) {
        if (m.role() == HouseholdRole.CHILD && m.birthYear() != null
            && (area == GoalArea.SCHOOL ? v1.ref.getYear() - m.birthYear() >= 6 : v1.ref.getYear() - m.birthYear() < 6)
            && draw.percent(70)) {
          b.member(m.id());
        }
      }
    }
    return b.build();
  }

  private GoalTarget target(de.integrationsplan.core.model.v1.GoalTarget t) {
    if (t.language() != null) {
      var level = level(t.language().level());
      LanguageEvidence certificate = !draw.percent(50) ? null
          : level.compareTo(de.integrationsplan.core.model.v2.CefrLevel.B1) <= 0 ? LanguageEvidence.DTZ
          : level == de.integrationsplan.core.model.v2.CefrLevel.B2 ? LanguageEvidence.DTB : LanguageEvidence.TELC;
      return GoalTarget.language(new LanguageTarget(t.language().language(), level, certificate));
    }
    if (t.work() != null) {
      var kind = de.integrationsplan.core.model.v2.EmploymentKind.valueOf(t.work().employmentKind().name());
      Integer hours = null;
      Boolean partTime = null;
      if (draw.percent(40)) {
        hours = switch (kind) {
          case MINI_JOB -> draw.between(6, 12);
          case INTERNSHIP -> draw.between(20, 40);
          default -> draw.percent(70) ? draw.between(35, 40) : draw.between(15, 30);
        };
        partTime = hours < 30;
      }
      return GoalTarget.work(new WorkTarget(kind, coding(t.work().occupation()), hours, partTime));
    }
    if (t.recognition() != null) {
      return GoalTarget.recognition(new RecognitionTarget(t.recognition().qualificationId(),
          code("recognition-outcome", t.recognition().outcomeSought().name())));
    }
    if (t.housing() != null) {
      return GoalTarget.housing(new HousingTarget(
          de.integrationsplan.core.model.v2.HousingTargetKind.valueOf(t.housing().kind().name()),
          draw.percent(4) ? Boolean.TRUE : null, draw.percent(40) ? draw.percent(70) : null));
    }
    if (t.education() != null) {
      var e = t.education();
      return GoalTarget.education(new EducationTarget(
          de.integrationsplan.core.model.v2.EducationTargetKind.valueOf(e.kind().name()),
          e.certificate() == null ? null : de.integrationsplan.core.model.v2.SchoolCertificateEquivalent.valueOf(e.certificate().name())));
    }
    return GoalTarget.text(t.text());
  }

  private Measure measure(de.integrationsplan.core.model.v1.Measure m, List<Goal> goals) {
    String kind = m.kind().name();
    String party = m.responsible().name();
    Goal first = goals.stream().filter(g -> g.id().equals(m.goalIds().get(0))).findFirst().orElseThrow();
    if (kind.equals("COURSE") && draw.percent(50)) {
      party = "COURSE_PROVIDER";
    } else if (kind.equals("RECOGNITION_PROCEDURE") && draw.percent(30)) {
      party = "RECOGNITION_BODY";
    } else if (kind.equals("REFERRAL") && "Psychosoziales Zentrum".equals(m.provider())) {
      kind = "PSYCHOSOCIAL_COUNSELLING";
      party = "PSYCHOSOCIAL_CENTRE";
    } else if (kind.equals("JOB_SEARCH") && draw.percent(15)) {
      kind = draw.percent(60) ? "INTERNSHIP" : "ENTRY_QUALIFICATION";
    } else if (party.equals("INTEGRATION_MANAGER") && kind.equals("OTHER") && draw.percent(30)) {
      party = "SOCIAL_WELFARE_OFFICE";
    }
    if (party.equals("MIGRATION_COUNSELLING")) {
      party = migrationCounselling(); // withdrawn in 2026-12-01: the two services are codes of their own
    }
    Measure.Builder b = Measure.builder(m.id(), code("measure-kind", kind), code("responsible-party", party))
        .goal(m.goalIds().toArray(new String[0]))
        .member(first.memberIds().toArray(new String[0]))
        .description(m.description())
        .provider(m.provider())
        .status(MeasureStatus.valueOf(m.status().name()))
        .planned(m.plannedStart(), m.plannedEnd())
        .actual(m.actualStart(), m.actualEnd());
    return b.build();
  }

  /** Goals of the areas format 2.0 adds, in running plans only, each with a measure. */
  private void moreGoals(Person person, List<Goal> goals, List<Measure> measures) {
    if (v1.status != de.integrationsplan.core.model.v1.PlanStatus.ACTIVE) {
      return;
    }
    ResidenceStatus residence = person.residence();
    String basis = residence == null ? "OTHER" : residence.legalBasis();
    if (TOLERATED.contains(basis) && draw.percent(45)) {
      String sought = basis.equals("AUFENTHG_104C") || age > 27 ? "AUFENTHG_25B" : "AUFENTHG_25A";
      if (basis.equals("ASYLG_55_GESTATTUNG")) {
        sought = "AUFENTHG_25_2_REFUGEE";
      }
      boolean passport = residence != null && Boolean.FALSE.equals(residence.passportObtained());
      add(goals, measures, GoalArea.SECURING_RESIDENCE, "Aufenthalt sichern: Bleiberecht prüfen und beantragen",
          GoalTarget.residence(new ResidenceTarget(code("legal-basis", sought))),
          passport ? "PASSPORT_PROCUREMENT" : "COUNSELLING", passport ? "PERSON" : migrationCounselling(),
          passport ? "Pass bei der Auslandsvertretung beschaffen" : "Beratung zur Aufenthaltsperspektive");
    } else if (basis.equals("AUFENTHG_60C") && draw.percent(30)) {
      add(goals, measures, GoalArea.SECURING_RESIDENCE, "Nach der Ausbildung: Aufenthaltserlaubnis für Fachkräfte",
          GoalTarget.residence(new ResidenceTarget(code("legal-basis", "AUFENTHG_19D"))), "COUNSELLING",
          "IMMIGRATION_AUTHORITY", "Antrag bei der Ausländerbehörde vorbereiten");
    } else if (!TOLERATED.contains(basis) && ChronoUnit.DAYS.between(v1.arrival, v1.end) > 4 * 365 && draw.percent(12)) {
      add(goals, measures, GoalArea.NATURALISATION, "Voraussetzungen der Einbürgerung klären",
          GoalTarget.naturalisation(new NaturalisationTarget(draw.percent(70) ? NaturalisationStep.REQUIREMENTS_CHECKED
              : NaturalisationStep.TEST_PASSED)), "COUNSELLING", migrationCounselling(), "Einbürgerungsberatung");
    }
    if (!person.benefits().contains(Person.NO_BENEFIT) && !person.benefits().isEmpty() && draw.percent(18)) {
      int k = draw.weighted(30, 25, 20, 15, 10);
      FinanceTargetKind kind = List.of(FinanceTargetKind.BANK_ACCOUNT, FinanceTargetKind.BUDGET_MANAGED,
          FinanceTargetKind.BENEFIT_CLAIMED, FinanceTargetKind.DEBTS_REGULATED, FinanceTargetKind.INDEPENDENT_OF_BENEFITS).get(k);
      String benefit = kind == FinanceTargetKind.BENEFIT_CLAIMED
          ? code("benefit", members.stream().anyMatch(m -> m.role() == HouseholdRole.CHILD) ? "KINDERGELD" : "WOGG") : null;
      String description = List.of("Girokonto eröffnen", "Haushaltsbudget selbstständig planen",
          "Zustehende Leistungen beantragen", "Schulden regulieren", "Lebensunterhalt ohne Sozialleistungen sichern").get(k);
      add(goals, measures, GoalArea.FINANCES, description, GoalTarget.finances(new FinanceTarget(kind, benefit)),
          kind == FinanceTargetKind.DEBTS_REGULATED ? "REFERRAL" : "COUNSELLING",
          kind == FinanceTargetKind.BENEFIT_CLAIMED ? "FAMILY_BENEFITS_OFFICE" : "INTEGRATION_MANAGER",
          kind == FinanceTargetKind.DEBTS_REGULATED ? "Vermittlung an die Schuldnerberatung" : null);
    }
  }

  private void add(List<Goal> goals, List<Measure> measures, GoalArea area, String description, GoalTarget target,
      String kind, String party, @Nullable String measureDescription) {
    String id = "g" + (goals.size() + 1);
    LocalDate agreedOn = v1.reviewDates.isEmpty() || draw.percent(50) ? v1.start : draw.one(v1.reviewDates);
    boolean active = draw.percent(70);
    goals.add(Goal.builder(id, area, description)
        .status(active ? GoalStatus.ACTIVE : GoalStatus.AGREED)
        .priority(draw.percent(20) ? null : List.of(Priority.HIGH, Priority.MEDIUM, Priority.LOW).get(draw.weighted(30, 50, 20)))
        .agreedOn(agreedOn)
        .dueDate(draw.percent(80) ? agreedOn.plusDays(draw.between(120, 540)) : null)
        .achievement(active && draw.percent(80) ? de.integrationsplan.core.model.v2.Achievement.IN_PROGRESS : null)
        .target(target)
        .build());
    LocalDate plannedStart = agreedOn.plusDays(draw.between(0, 60));
    Measure.Builder m = Measure.builder("m" + (measures.size() + 1), code("measure-kind", kind),
        code("responsible-party", party)).goal(id).description(measureDescription)
        .planned(plannedStart, draw.percent(60) ? plannedStart.plusDays(draw.between(30, 300)) : null);
    if (active && draw.percent(60)) {
      m.status(MeasureStatus.IN_PROGRESS).actual(draw.day(agreedOn, v1.end), null);
    } else {
      m.status(MeasureStatus.PLANNED);
    }
    measures.add(m.build());
  }

  // ---------------------------------------------------------------- helpers

  private static @Nullable Coding coding(de.integrationsplan.core.model.v1.@Nullable Coding c) {
    return c == null ? null : new Coding(c.system(), c.version(), c.code(), c.display());
  }

  private static de.integrationsplan.core.model.v2.@Nullable CefrLevel level(
      de.integrationsplan.core.model.v1.@Nullable CefrLevel level) {
    return level == null ? null : de.integrationsplan.core.model.v2.CefrLevel.valueOf(level.name());
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
