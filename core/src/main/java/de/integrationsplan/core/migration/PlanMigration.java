package de.integrationsplan.core.migration;

import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v2.Achievement;
import de.integrationsplan.core.model.v2.CefrLevel;
import de.integrationsplan.core.model.v2.ChildEducation;
import de.integrationsplan.core.model.v2.Closure;
import de.integrationsplan.core.model.v2.CodeListReference;
import de.integrationsplan.core.model.v2.Coding;
import de.integrationsplan.core.model.v2.CompetenceProfile;
import de.integrationsplan.core.model.v2.Consent;
import de.integrationsplan.core.model.v2.ConsentScope;
import de.integrationsplan.core.model.v2.CounsellingPeriod;
import de.integrationsplan.core.model.v2.Course;
import de.integrationsplan.core.model.v2.CourseStatus;
import de.integrationsplan.core.model.v2.Development;
import de.integrationsplan.core.model.v2.EducationTarget;
import de.integrationsplan.core.model.v2.EducationTargetKind;
import de.integrationsplan.core.model.v2.EmploymentKind;
import de.integrationsplan.core.model.v2.Extension;
import de.integrationsplan.core.model.v2.FictionCertificate;
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
import de.integrationsplan.core.model.v2.HousingTargetKind;
import de.integrationsplan.core.model.v2.IdentifyingData;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.LanguageEvidence;
import de.integrationsplan.core.model.v2.LanguageSkill;
import de.integrationsplan.core.model.v2.LanguageTarget;
import de.integrationsplan.core.model.v2.Literacy;
import de.integrationsplan.core.model.v2.Measure;
import de.integrationsplan.core.model.v2.MeasureStatus;
import de.integrationsplan.core.model.v2.OrganisationKind;
import de.integrationsplan.core.model.v2.ParticipantRole;
import de.integrationsplan.core.model.v2.Person;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.Priority;
import de.integrationsplan.core.model.v2.Qualification;
import de.integrationsplan.core.model.v2.Recognition;
import de.integrationsplan.core.model.v2.RecognitionTarget;
import de.integrationsplan.core.model.v2.ResidenceStatus;
import de.integrationsplan.core.model.v2.ResponsibleOrganisation;
import de.integrationsplan.core.model.v2.Review;
import de.integrationsplan.core.model.v2.SchoolCertificateEquivalent;
import de.integrationsplan.core.model.v2.Schooling;
import de.integrationsplan.core.model.v2.Sex;
import de.integrationsplan.core.model.v2.WorkExperience;
import de.integrationsplan.core.model.v2.WorkTarget;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a plan of format 1.0 into an equal plan of format 2.0, and says what it did.
 *
 * <pre>{@code
 * MigrationResult result = PlanMigration.create().migrate(plan);
 * String json = PlanJson.create().write(result.plan());     // schemaVersion "2.0"
 * result.issues().forEach(System.out::println);              // migration.* findings, 1.0 pointers
 * }</pre>
 *
 * <p>Every value of the 1.0 plan has a place in the 2.0 plan: its own member (enum constants of
 * law-bound lists become codes of version {@value #FIRST_VERSION} of their list), a member that
 * format 2.0 types differently (converted, see {@code docs/migration.md}), or, where format 2.0 has
 * no place for it, the extension {@value #EXTENSION_URL}, whose value is a list of
 * {@code {"pointer": "/1.0/pointer", "value": ...}}; each of these is reported as
 * {@code migration.keptInExtension}. A plan of format 2.0 is returned unchanged with the note
 * {@code migration.alreadyCurrent}.
 *
 * <p>Migration is deterministic: the same plan gives the same 2.0 plan and findings. It does not
 * validate the 1.0 plan; migrate a valid one. Instances are immutable and thread-safe; build one and
 * share it.
 */
public final class PlanMigration {

  /** The URL of the extension that keeps the 1.0 values format 2.0 has no place for. */
  public static final String EXTENSION_URL = "https://integrationsplan.de/extensions/migration-1.0";

  /** The version of every code list that holds exactly format 1.0's enum constants. */
  public static final String FIRST_VERSION = "2026-11-25";

  /** A 1.0 value with no place in format 2.0, kept in the migration extension. */
  public static final String KEPT_IN_EXTENSION = "migration.keptInExtension";
  /** The plan was already of format 2.0 and is passed through unchanged. */
  public static final String ALREADY_CURRENT = "migration.alreadyCurrent";
  /** A residence under a <em>Fiktionsbescheinigung</em>: its validity moved to the certificate. */
  public static final String FICTION_CERTIFICATE = "migration.fictionCertificate";
  /** A ZAB statement recorded with an equivalence outcome, as format 1.0 had to. */
  public static final String STATEMENT_AS_OUTCOME = "migration.statementAsOutcome";
  /** Special categories of data without the consent format 2.0 asks for them. */
  public static final String SPECIAL_CATEGORIES_CONSENT = "migration.specialCategoriesConsent";

  /** The id of Destatis's <em>Staatsangehörigkeitsschlüssel</em> in the catalogue. */
  private static final String NATIONALITY = "nationality";
  /** Its key for <em>staatenlos</em>. */
  private static final String STATELESS_KEY = "997";
  /** Its key for <em>ungeklärt</em> (format 1.0's {@code UNKNOWN}). */
  private static final String UNDETERMINED_KEY = "998";

  private static final String SPECIAL_CATEGORIES_MISSING = "plan.consent.specialCategoriesMissing";

  /** The largest household size format 2.0 allows. */
  private static final int MAX_HOUSEHOLD = 30;

  private final Locale locale;
  private final PlanValidator validator;

  private PlanMigration(Locale locale) {
    this.locale = locale;
    this.validator = PlanValidator.builder().locale(locale).build();
  }

  /**
   * A migration with German findings.
   *
   * @return the migration
   */
  public static PlanMigration create() {
    return new PlanMigration(Locale.GERMAN);
  }

  /**
   * A migration whose findings are in the given language: English for {@code en}, German otherwise.
   *
   * @param locale the language of the findings' messages
   * @return the migration
   */
  public static PlanMigration create(Locale locale) {
    return new PlanMigration(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Migrates a plan of format 1.0 with German findings; short for {@code create().migrate(plan)}.
   *
   * @param plan a plan of format 1.0
   * @return the plan of format 2.0 and the findings
   */
  public static MigrationResult toV2(de.integrationsplan.core.model.v1.IntegrationPlan plan) {
    return create().migrate(plan);
  }

  /**
   * The language of the findings.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Migrates a plan: one of format 1.0 to format 2.0, one of format 2.0 unchanged.
   *
   * @param plan a plan of either format
   * @return the plan of format 2.0 and the findings
   * @throws IllegalArgumentException for a plan of a format this library does not know
   */
  public MigrationResult migrate(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    if (plan instanceof IntegrationPlan current) {
      return new MigrationResult(current, List.of(issue(Severity.INFO, ALREADY_CURRENT, "", IntegrationPlan.class)));
    }
    if (plan instanceof de.integrationsplan.core.model.v1.IntegrationPlan old) {
      return migrate(old);
    }
    throw new IllegalArgumentException("not a plan of a known format: " + plan.getClass().getName());
  }

  /**
   * Migrates a plan of format 1.0 to format 2.0.
   *
   * @param plan a plan of format 1.0
   * @return the plan of format 2.0 and the findings, with pointers into the 1.0 document
   */
  public MigrationResult migrate(de.integrationsplan.core.model.v1.IntegrationPlan plan) {
    Objects.requireNonNull(plan, "plan");
    Run run = new Run();
    IntegrationPlan migrated = run.plan(plan);
    List<ValidationIssue> issues = new ArrayList<>();
    for (Finding f : run.findings) {
      issues.add(issue(f.severity, f.code, f.pointer, de.integrationsplan.core.model.v1.IntegrationPlan.class));
    }
    if (!migrated.status().equals(PlanStatus.ENTERED_IN_ERROR)
        && (migrated.consent() == null || !migrated.consent().covers(ConsentScope.SPECIAL_CATEGORIES))
        && validator.validate(migrated).issues().stream().anyMatch(i -> i.code().equals(SPECIAL_CATEGORIES_MISSING))) {
      issues.add(issue(Severity.WARNING, SPECIAL_CATEGORIES_CONSENT, plan.consent() == null ? "" : "/consent/scopes",
          de.integrationsplan.core.model.v1.IntegrationPlan.class));
    }
    return new MigrationResult(migrated, issues);
  }

  private ValidationIssue issue(Severity severity, String code, String pointer, Class<?> root) {
    String message = FindingMessages.render(ModelView.root(root), code, pointer, locale, Map.of(), null);
    return new ValidationIssue(severity, code, pointer, IssueSource.MIGRATION, message, null);
  }

  private record Finding(Severity severity, String code, String pointer) {}

  /** One migration: the findings, the values kept aside and the code lists used, in document order. */
  private static final class Run {
    private final List<Finding> findings = new ArrayList<>();
    private final List<Object> kept = new ArrayList<>();
    private final Set<String> lists = new LinkedHashSet<>();

    IntegrationPlan plan(de.integrationsplan.core.model.v1.IntegrationPlan p) {
      var period = p.counsellingPeriod();
      var org = p.responsibleOrganisation();
      List<Goal> goals = each(p.goals(), "/goals", this::goal);
      List<Measure> measures = each(p.measures(), "/measures", this::measure);
      List<Review> reviews = each(p.reviews(), "/reviews", (r, at) -> review(r));
      Person person = person(p.person(), "/person");
      CompetenceProfile profile = p.competenceProfile() == null ? null
          : profile(p.competenceProfile(), "/competenceProfile");
      Closure closure = p.closure() == null ? null : new Closure(p.closure().closedOn(),
          code("closure-reason", p.closure().reason()), p.closure().note(), null, null);
      List<Extension> extensions = new ArrayList<>();
      for (var e : p.extensions()) {
        extensions.add(new Extension(e.url(), e.value()));
      }
      if (!kept.isEmpty()) {
        extensions.add(new Extension(EXTENSION_URL, List.copyOf(kept)));
      }
      return new IntegrationPlan(
          p.id(),
          de.integrationsplan.core.model.v2.Formats.CURRENT_SCHEMA_VERSION,
          codeLists(),
          same(p.status(), PlanStatus.class),
          List.of(),
          p.created(),
          p.updated(),
          new CounsellingPeriod(period.start(), period.plannedEnd(), period.extensionJustification()),
          new ResponsibleOrganisation(OrganisationKind.MUNICIPALITY, org.municipalityKey(), null, org.name()),
          p.integrationManager(),
          p.consent() == null ? null : new Consent(p.consent().givenOn(),
              p.consent().scopes().stream().map(s -> same(s, ConsentScope.class)).toList(),
              p.consent().withdrawnOn(), null),
          person,
          profile,
          goals,
          measures,
          List.of(),
          reviews,
          closure,
          extensions);
    }

    /** The lists used, each in version {@value #FIRST_VERSION} or, new in format 2.0, its first version. */
    private List<CodeListReference> codeLists() {
      List<CodeListReference> refs = new ArrayList<>();
      for (CodeList list : CodeListCatalogue.standard().all()) {
        if (lists.contains(list.id())) {
          String version = list.version(FIRST_VERSION).isPresent() ? FIRST_VERSION : list.versions().get(0).id();
          refs.add(new CodeListReference(list.uri(), version));
        }
      }
      return refs;
    }

    private String code(String list, Enum<?> constant) {
      lists.add(list);
      return constant.name();
    }

    private void keep(String pointer, Object value) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("pointer", pointer);
      entry.put("value", value instanceof Enum<?> || value instanceof java.time.temporal.Temporal
          ? value.toString() : value);
      kept.add(entry);
      findings.add(new Finding(Severity.WARNING, KEPT_IN_EXTENSION, pointer));
    }

    private void note(String code, String pointer) {
      findings.add(new Finding(Severity.WARNING, code, pointer));
    }

    private Person person(de.integrationsplan.core.model.v1.Person p, String at) {
      var id = p.identifyingData();
      String targetGroup = null;
      Housing housing = null;
      var acc = p.accommodation();
      if (acc != null) {
        switch (acc.type()) {
          case FOLLOW_UP_SHARED -> {
            targetGroup = followUp();
            housing = new Housing(HousingForm.SHARED_ACCOMMODATION, acc.since());
          }
          case FOLLOW_UP_APARTMENT -> {
            targetGroup = followUp();
            housing = new Housing(HousingForm.APARTMENT, acc.since());
          }
          default -> housing = new Housing(same(acc.type(), HousingForm.class), acc.since());
        }
      }
      return new Person(
          p.pseudonym(),
          id == null ? null : new IdentifyingData(id.givenNames(), id.familyName(), id.birthDate()),
          p.birthYear(),
          null,
          p.sex() == null ? null : same(p.sex(), Sex.class),
          nationalities(p.nationalities(), at + "/nationalities"),
          p.countryOfOrigin(),
          p.languages(),
          null,
          targetGroup,
          p.residence() == null ? null : residence(p.residence(), at + "/residence"),
          p.benefits().stream().map(b -> code("benefit", b)).toList(),
          p.household() == null ? null : household(p.household(), at + "/household"),
          housing,
          null);
    }

    /**
     * Format 1.0's ISO 3166-1 alpha-2 codes as keys of the Destatis <em>Staatsangehörigkeitsschlüssel</em>
     * through the list's own mapping, {@code STATELESS} as 997 (staatenlos) and {@code UNKNOWN} as 998
     * (ungeklärt); a code the list maps to no key (a territory such as GI, whose people hold the
     * nationality of a state) is kept in the extension, never dropped.
     */
    private List<String> nationalities(List<String> codes, String at) {
      CodeList list = CodeListCatalogue.standard().byId(NATIONALITY).orElseThrow();
      Map<String, String> byIso = new LinkedHashMap<>();
      for (var code : list.versions().get(0).codes()) {
        code.iso3166Alpha2().ifPresent(iso -> byIso.put(iso, code.code()));
      }
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        String value = codes.get(i);
        String key = switch (value) {
          case "STATELESS" -> STATELESS_KEY;
          case "UNKNOWN" -> UNDETERMINED_KEY;
          default -> byIso.get(value);
        };
        if (key == null) {
          keep(at + "/" + i, value);
        } else if (!keys.contains(key)) {
          keys.add(key);
          lists.add(NATIONALITY);
        }
      }
      return keys;
    }

    private String followUp() {
      lists.add("target-group");
      return "FOLLOW_UP_ACCOMMODATION";
    }

    private ResidenceStatus residence(de.integrationsplan.core.model.v1.ResidenceStatus r, String at) {
      String basis = code("legal-basis", r.basis());
      if (r.basis() == de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_81_FICTION) {
        note(FICTION_CERTIFICATE, at + "/basis");
        return new ResidenceStatus(basis, null, null, null, null, null, null, null, null,
            new FictionCertificate(r.validFrom(), r.validUntil()));
      }
      return new ResidenceStatus(basis, null, r.validFrom(), r.validUntil(), null, null, null, null, null, null);
    }

    /**
     * The children become members with local ids; the size is the adults and the children, the
     * person included. A size above what 2.0 allows (30) cannot be a size, so the adults are kept.
     */
    private Household household(de.integrationsplan.core.model.v1.Household h, String at) {
      List<HouseholdMember> members = new ArrayList<>();
      for (var child : h.children()) {
        members.add(new HouseholdMember("child-" + (members.size() + 1), HouseholdRole.CHILD, child.birthYear(), null,
            child.education() == null ? null : same(child.education(), ChildEducation.class), null));
      }
      Integer size = h.adults() + h.children().size();
      if (size > MAX_HOUSEHOLD) {
        keep(at + "/adults", h.adults());
        size = null;
      }
      return new Household(size, members);
    }

    private CompetenceProfile profile(de.integrationsplan.core.model.v1.CompetenceProfile c, String at) {
      return new CompetenceProfile(
          c.schooling().stream().map(Run::schooling).toList(),
          null,
          c.literacy() == null ? null : same(c.literacy(), Literacy.class),
          each(c.qualifications(), at + "/qualifications", this::qualification),
          c.workExperience().stream().map(w -> new WorkExperience(coding(w.occupation()), w.description(),
              w.country(), w.from(), w.to())).toList(),
          c.languageSkills().stream().map(Run::languageSkill).toList(),
          c.courses().stream().map(this::course).toList(),
          c.developments().stream().map(d -> new Development(d.date(), same(d.area(), GoalArea.class), d.note()))
              .toList());
    }

    private static Schooling schooling(de.integrationsplan.core.model.v1.Schooling s) {
      return new Schooling(s.country(), s.years(), s.certificate(), s.iscedLevel(),
          s.germanEquivalent() == null ? null : same(s.germanEquivalent(), SchoolCertificateEquivalent.class));
    }

    private static LanguageSkill languageSkill(de.integrationsplan.core.model.v1.LanguageSkill l) {
      return new LanguageSkill(l.language(), level(l.overall()), level(l.listening()), level(l.reading()),
          level(l.writing()), level(l.speaking()), level(l.mediation()),
          l.evidence() == null ? null : same(l.evidence(), LanguageEvidence.class), l.assessedOn());
    }

    private Course course(de.integrationsplan.core.model.v1.Course c) {
      return new Course(code("course-type", c.type()), same(c.status(), CourseStatus.class), level(c.targetLevel()),
          c.provider(), c.startedOn(), c.endedOn(), level(c.achievedLevel()),
          c.certificate() == null ? null : same(c.certificate(), LanguageEvidence.class));
    }

    private Qualification qualification(de.integrationsplan.core.model.v1.Qualification q, String at) {
      return new Qualification(q.id(), q.originalTitle(), q.country(), coding(q.field()), q.level(), null,
          coding(q.occupation()), q.regulatedProfession(), q.documentsAvailable(), null,
          q.recognition() == null ? null : recognition(q.recognition(), at + "/recognition"));
    }

    /**
     * Format 1.0's outcome was also the state: {@code PENDING} and {@code NOT_APPLIED} are states
     * without outcome, every other outcome is a decision ({@code DECIDED}). Dates the state rules
     * out are kept in the extension.
     */
    private Recognition recognition(de.integrationsplan.core.model.v1.Recognition r, String at) {
      var outcome = r.outcome();
      String procedure = r.procedure() == null ? null : code("recognition-procedure", r.procedure());
      LocalDate appliedOn = r.appliedOn();
      LocalDate decidedOn = r.decidedOn();
      String state;
      String newOutcome;
      lists.add("recognition-state");
      switch (outcome) {
        case PENDING -> {
          state = Recognition.PENDING;
          newOutcome = null;
          if (decidedOn != null) {
            keep(at + "/decidedOn", decidedOn);
            decidedOn = null;
          }
        }
        case NOT_APPLIED -> {
          state = Recognition.NOT_APPLIED;
          newOutcome = null;
          if (appliedOn != null) {
            keep(at + "/appliedOn", appliedOn);
            appliedOn = null;
          }
          if (decidedOn != null) {
            keep(at + "/decidedOn", decidedOn);
            decidedOn = null;
          }
        }
        default -> {
          state = Recognition.DECIDED;
          newOutcome = code("recognition-outcome", outcome);
          if (r.procedure() == de.integrationsplan.core.model.v1.RecognitionProcedure.ZAB_STATEMENT) {
            note(STATEMENT_AS_OUTCOME, at + "/outcome");
          }
        }
      }
      return new Recognition(procedure, r.authority(), r.referenceOccupation(), state, appliedOn, decidedOn,
          newOutcome, null, null);
    }

    private Goal goal(de.integrationsplan.core.model.v1.Goal g, String at) {
      return new Goal(g.id(), same(g.area(), GoalArea.class), g.description(), same(g.status(), GoalStatus.class),
          g.priority() == null ? null : same(g.priority(), Priority.class), g.agreedOn(), g.dueDate(),
          g.achievement() == null ? null : same(g.achievement(), Achievement.class),
          g.target() == null ? null : target(g.target()), List.of());
    }

    private GoalTarget target(de.integrationsplan.core.model.v1.GoalTarget t) {
      var language = t.language();
      var work = t.work();
      var recognition = t.recognition();
      var housing = t.housing();
      var education = t.education();
      return new GoalTarget(
          language == null ? null : new LanguageTarget(language.language(), same(language.level(), CefrLevel.class),
              null),
          work == null ? null : new WorkTarget(same(work.employmentKind(), EmploymentKind.class),
              coding(work.occupation()), null, null),
          recognition == null ? null : new RecognitionTarget(recognition.qualificationId(),
              code("recognition-outcome", recognition.outcomeSought())),
          housing == null ? null : new HousingTarget(same(housing.kind(), HousingTargetKind.class), null, null),
          education == null ? null : new EducationTarget(same(education.kind(), EducationTargetKind.class),
              education.certificate() == null ? null
                  : same(education.certificate(), SchoolCertificateEquivalent.class)),
          null, null, null, t.text());
    }

    private Measure measure(de.integrationsplan.core.model.v1.Measure m, String at) {
      return new Measure(m.id(), m.goalIds(), List.of(), code("measure-kind", m.kind()), m.description(),
          code("responsible-party", m.responsible()), m.provider(), same(m.status(), MeasureStatus.class),
          m.plannedStart(), m.plannedEnd(), m.actualStart(), m.actualEnd());
    }

    private static Review review(de.integrationsplan.core.model.v1.Review r) {
      return new Review(r.date(), r.participants().stream().map(p -> same(p, ParticipantRole.class)).toList(),
          r.goalReviews().stream().map(g -> new GoalReview(g.goalId(), same(g.achievement(), Achievement.class),
              g.note())).toList(),
          r.nextReviewOn(), r.note());
    }

    private static @Nullable Coding coding(de.integrationsplan.core.model.v1.@Nullable Coding c) {
      return c == null ? null : new Coding(c.system(), c.version(), c.code(), c.display());
    }

    private static @Nullable CefrLevel level(de.integrationsplan.core.model.v1.@Nullable CefrLevel level) {
      return level == null ? null : same(level, CefrLevel.class);
    }

    private static <T, R> List<R> each(List<T> values, String at, Indexed<T, R> f) {
      List<R> out = new ArrayList<>(values.size());
      for (int i = 0; i < values.size(); i++) {
        out.add(f.apply(values.get(i), at + "/" + i));
      }
      return out;
    }

    /** The constant of the same name: the enums that format 2.0 keeps as enums keep their constants. */
    private static <E extends Enum<E>> E same(Enum<?> constant, Class<E> type) {
      return Enum.valueOf(type, constant.name());
    }
  }

  @FunctionalInterface
  private interface Indexed<T, R> {
    R apply(T value, String pointer);
  }
}
