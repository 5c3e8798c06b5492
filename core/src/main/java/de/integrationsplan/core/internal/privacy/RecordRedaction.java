package de.integrationsplan.core.internal.privacy;

import de.integrationsplan.core.internal.TextPattern;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v1.Formats;
import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.PresentCount;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The redaction pass: walks a plan's records through the one view of the model
 * ({@link ModelView}), decides for every component by its {@link PersonalData} classification (and,
 * for ordinary strings, by whether it is a code, an id or free text) and rebuilds each record
 * through its canonical constructor.
 *
 * <p>The decision per component is made once, when this class is loaded, for every record type
 * reachable from the root of every major version ({@link ModelView#roots()}: format 1.x and 2.x);
 * a component the rules do not cover fails the class initialisation, so a new component cannot slip
 * through unhandled. Thread-safe.
 *
 * <p><b>What gives special categories away</b> (format 2.x). Without the consent for special
 * categories at EXCHANGE level, and always at STATISTICS level, not only special-category components
 * go but also ordinary values whose mere use reveals Art. 9 GDPR data: a code flagged
 * {@link Code#specialCategory()} in its code list ({@link Handling#CODED}), an enum constant of
 * {@link #SPECIAL_CATEGORY_CONSTANTS} ({@link Handling#REVEALING_ENUM}). Where such a value is
 * required, the record holding it goes (a measure of kind {@code HEALTH_CARE}, a goal of the area
 * {@code HEALTH}, a development noted for it); what refers to a goal that went goes with it (the
 * goal's reviews, the measures only for it), and a measure for it and for other goals loses the goal
 * and its provider's name. So the redacted plan stays valid, and nothing is invented.
 */
public final class RecordRedaction {

  /** The text that replaces removed free text where the model requires a text: {@value}. */
  public static final String PLACEHOLDER = "[entfernt]";

  /** What happens to one component. */
  public enum Handling {
    /** Kept as it is at every level (enums, numbers, booleans, counselling dates). */
    KEEP,
    /** A record or a list of records: redacted component by component. */
    NESTED,
    /** An identifying pseudonym: replaced by a keyed pseudonym. */
    PSEUDONYM,
    /** An identifying UUID: replaced by a keyed UUID. */
    UUID_PSEUDONYM,
    /** An id local to the plan, or a reference to one: replaced by a keyed local id. */
    LOCAL_ID,
    /** Identifying data that cannot be pseudonymised: removed at every level. */
    REMOVE,
    /** Special-category free text: kept at EXCHANGE level only with the person's consent. */
    SPECIAL_TEXT,
    /** Ordinary free text (names of organisations, titles): kept at EXCHANGE, removed at STATISTICS. */
    FREE_TEXT,
    /** A code (AGS, ISO codes, coding systems): kept; at STATISTICS only when well-formed. */
    CODE,
    /**
     * A code of a versioned code list ({@link Coded}): as {@link #CODE}; a code flagged
     * {@link Code#specialCategory()} in its list is special-category data, kept at EXCHANGE level
     * only with the person's consent. Where it is required, the record holding it goes.
     */
    CODED,
    /**
     * An enum some of whose constants reveal special-category data ({@link #SPECIAL_CATEGORY_CONSTANTS}):
     * kept; such a constant only as {@link #SPECIAL_VALUE}. Where it is required, the record holding it goes.
     */
    REVEALING_ENUM,
    /**
     * A special-category value that is not text (a disability and its degree): kept at EXCHANGE level
     * only with the person's consent, never at STATISTICS.
     */
    SPECIAL_VALUE,
    /** A date of the person's life outside counselling: to the first of its month at STATISTICS. */
    MONTH,
    /** A timestamp: to the day, in UTC, at STATISTICS. */
    DAY_UTC
  }

  /** Ordinary strings that are free text; every other ordinary string must be a code or an id. */
  static final Set<String> ORDINARY_FREE_TEXT = Set.of(
      "ResponsibleOrganisation.name", "Course.provider", "Measure.provider", "Schooling.certificate",
      "Qualification.originalTitle", "Recognition.authority", "Recognition.referenceOccupation",
      "WorkExperience.description", "Coding.display", "ComparabilityStatement.germanEquivalent");

  /** Ordinary strings that are codes, checked by the record's own rule rather than an annotation. */
  static final Set<String> RECORD_CHECKED_CODES = Set.of("Coding.system", "Coding.version", "Coding.code");

  /** Dates of the person's life, coarsened to the month at STATISTICS level. */
  static final Set<String> COARSENED_TO_MONTH = Set.of(
      "Accommodation.since", "ResidenceStatus.validFrom", "ResidenceStatus.validUntil",
      // format 2.x
      "Housing.since", "ResidenceStatus.grantedOn", "ResidenceStatus.residenceObligationUntil",
      "FictionCertificate.issuedOn", "FictionCertificate.validUntil");

  /**
   * Enum constants of format 2.x whose mere use reveals special-category data (Art. 9 GDPR): the
   * goal area (and counselling topic) health, and a child's school that is a
   * <em>Sonderpädagogisches Bildungs- und Beratungszentrum</em> (SBBZ, a disability). Of the other
   * goal areas none reveals Art. 9 data (residence, naturalisation and finances are ordinary data).
   * Format 1.x is redacted as before: its enums are not inspected.
   */
  public static final Set<Enum<?>> SPECIAL_CATEGORY_CONSTANTS = Set.of(
      de.integrationsplan.core.model.v2.GoalArea.HEALTH,
      de.integrationsplan.core.model.v2.ChildEducation.SPECIAL_NEEDS_SCHOOL);

  private static final TextPattern CODING_VERSION = TextPattern.compile("^[A-Za-z0-9._-]{1,40}$");
  private static final TextPattern LANGUAGE_TAG = TextPattern.compile(CodeLists.LANGUAGE_TAG);

  private static final Object REMOVED = new Object();

  private static final Map<Class<?>, RecordInfo> INFO = describe();

  private final SecretKeySpec key;
  private final boolean statistics;

  /**
   * A redaction at one level.
   *
   * @param key the HMAC key
   * @param statistics {@code true} for the STATISTICS level, {@code false} for EXCHANGE
   */
  public RecordRedaction(SecretKeySpec key, boolean statistics) {
    this.key = key;
    this.statistics = statistics;
  }

  /**
   * How a component is handled.
   *
   * @param component a record component of the model
   * @return the handling
   * @throws IllegalArgumentException when the component is not part of the model
   */
  public static Handling handling(RecordComponent component) {
    RecordInfo info = INFO.get(component.getDeclaringRecord());
    if (info == null) {
      throw new IllegalArgumentException("not a record of the model: " + component.getDeclaringRecord().getSimpleName());
    }
    for (int i = 0; i < info.components.length; i++) {
      if (info.components[i].name().equals(component.getName())) {
        return info.handlings[i];
      }
    }
    throw new IllegalArgumentException("not a component: " + component.getName());
  }

  /**
   * Whether special-category free text of this plan may be kept at EXCHANGE level: the consent is
   * present, not withdrawn, covers special categories and an exchange.
   *
   * @param plan the plan
   * @return {@code true} when the consent allows it
   */
  public static boolean consentCoversSpecialCategoryExchange(Plan plan) {
    if (plan instanceof de.integrationsplan.core.model.v1.IntegrationPlan v1) {
      var consent = v1.consent();
      return consent != null
          && !consent.withdrawn()
          && consent.scopes().contains(de.integrationsplan.core.model.v1.ConsentScope.SPECIAL_CATEGORIES)
          && (consent.scopes().contains(de.integrationsplan.core.model.v1.ConsentScope.EXCHANGE_WITH_AUTHORITIES)
              || consent.scopes().contains(de.integrationsplan.core.model.v1.ConsentScope.EXCHANGE_WITH_SERVICES));
    }
    if (plan instanceof de.integrationsplan.core.model.v2.IntegrationPlan v2) {
      var consent = v2.consent();
      return consent != null
          && !consent.withdrawn()
          && consent.covers(de.integrationsplan.core.model.v2.ConsentScope.SPECIAL_CATEGORIES)
          && (consent.covers(de.integrationsplan.core.model.v2.ConsentScope.EXCHANGE_WITH_AUTHORITIES)
              || consent.covers(de.integrationsplan.core.model.v2.ConsentScope.EXCHANGE_WITH_SERVICES));
    }
    throw new IllegalArgumentException("not a plan of a known version: " + plan.getClass().getName());
  }

  /**
   * Redacts a plan of any version.
   *
   * @param plan the plan
   * @param <T> the plan's type
   * @return the redacted copy, of the plan's type
   */
  @SuppressWarnings("unchecked") // a record is rebuilt as its own type
  public <T extends Plan> T redact(T plan) {
    if (!INFO.containsKey(plan.getClass())) {
      throw new IllegalArgumentException("not a plan of a known version: " + plan.getClass().getName());
    }
    boolean keepSpecial = !statistics && consentCoversSpecialCategoryExchange(plan);
    Pass pass = new Pass(new Pseudonyms(key), plan.id().toString(), keepSpecial,
        keepSpecial ? Set.of() : goalsOfSpecialAreas(plan));
    Object out = pass.record((Record) plan);
    if (out == REMOVED) { // cannot happen: the plan's required components are never removed
      throw new IllegalStateException("the plan could not be redacted");
    }
    return (T) out;
  }

  /** The ids of the goals whose area reveals special-category data; they go, with what refers to them. */
  private static Set<String> goalsOfSpecialAreas(Plan plan) {
    Set<String> ids = new HashSet<>();
    if (plan instanceof de.integrationsplan.core.model.v2.IntegrationPlan v2) {
      for (var goal : v2.goals()) {
        if (SPECIAL_CATEGORY_CONSTANTS.contains(goal.area())) {
          ids.add(goal.id());
        }
      }
    }
    return ids;
  }

  /** One redaction of one plan. */
  private final class Pass {
    private final Pseudonyms pseudonyms;
    /** The plan's own id: local ids are pseudonymised within it, so that {@code g1} links no two plans. */
    private final String planScope;
    private final boolean keepSpecialText;
    /** The original ids of the goals that go because their area reveals special categories. */
    private final Set<String> specialGoals;

    Pass(Pseudonyms pseudonyms, String planScope, boolean keepSpecialText, Set<String> specialGoals) {
      this.pseudonyms = pseudonyms;
      this.planScope = planScope;
      this.keepSpecialText = keepSpecialText;
      this.specialGoals = specialGoals;
    }

    Object record(Record original) {
      Record r = original;
      RecordInfo info = INFO.get(r.getClass());
      if (info == null) {
        throw new IllegalStateException("not a record of the model: " + r.getClass().getSimpleName());
      }
      if (statistics && !wellFormedCoding(r)) {
        return REMOVED; // an unrecognisable coding may be free text in disguise
      }
      if (!specialGoals.isEmpty()) {
        Object kept = withoutSpecialGoals(r);
        if (kept == REMOVED) {
          return REMOVED;
        }
        r = (Record) kept;
      }
      Object[] args = new Object[info.components.length];
      boolean[] removed = new boolean[args.length];
      for (int i = 0; i < args.length; i++) {
        Object value = info.get(i, r);
        if (value == null) {
          continue;
        }
        Object redacted = value instanceof List<?> list ? list(list, info, i) : value(value, info, i);
        if (redacted != REMOVED) {
          args[i] = redacted;
        } else if (info.nullable[i]) {
          removed[i] = true;
        } else if (info.types[i] == String.class && info.handlings[i] != Handling.CODED) {
          args[i] = PLACEHOLDER; // the model requires a text here; never in place of a code
        } else {
          return REMOVED; // a required part is gone: the whole record goes
        }
      }
      keepPresentCount(info, args, removed);
      keepJustification(r, info, args, removed);
      keepProviderName(r, info, args, removed);
      return info.create(args);
    }

    /**
     * A counselling period beyond three years requires its justification (a rule between values, so
     * not visible as a required component): a removed justification comes back as the placeholder.
     */
    private void keepJustification(Record r, RecordInfo info, Object[] args, boolean[] removed) {
      if (!r.getClass().getSimpleName().equals("CounsellingPeriod")) { // of every version
        return;
      }
      for (int i = 0; i < args.length; i++) {
        if (removed[i] && info.components[i].name().equals("extensionJustification")) {
          args[i] = PLACEHOLDER;
        }
      }
    }

    /**
     * A provider running the integration management (format 2.x) is known by its name (a rule
     * between values): a removed name comes back as the placeholder; the key of the municipality
     * that commissioned it stays.
     */
    private void keepProviderName(Record r, RecordInfo info, Object[] args, boolean[] removed) {
      if (!(r instanceof de.integrationsplan.core.model.v2.ResponsibleOrganisation o)
          || o.kind() != de.integrationsplan.core.model.v2.OrganisationKind.PROVIDER) {
        return;
      }
      for (int i = 0; i < args.length; i++) {
        if (removed[i] && info.components[i].name().equals("name")) {
          args[i] = PLACEHOLDER;
        }
      }
    }

    /**
     * Where a record needs at least n of some components, removed texts come back as placeholders;
     * when a record among them went (a target whose code gave special categories away), an absent
     * text takes the placeholder in its place.
     */
    private void keepPresentCount(RecordInfo info, Object[] args, boolean[] removed) {
      if (info.presentCount == null) {
        return;
      }
      List<String> names = List.of(info.presentCount.components());
      int present = 0;
      for (int i = 0; i < args.length; i++) {
        if (args[i] != null && names.contains(info.components[i].name())) {
          present++;
        }
      }
      for (int i = 0; i < args.length && present < info.presentCount.min(); i++) {
        if (removed[i] && info.types[i] == String.class && names.contains(info.components[i].name())) {
          args[i] = PLACEHOLDER;
          present++;
        }
      }
      boolean anyRemoved = false;
      for (boolean b : removed) {
        anyRemoved |= b;
      }
      for (int i = 0; i < args.length && anyRemoved && present < info.presentCount.min(); i++) {
        if (args[i] == null && info.types[i] == String.class && names.contains(info.components[i].name())) {
          args[i] = PLACEHOLDER;
          present++;
        }
      }
    }

    /**
     * A goal's review, or a measure, as it is once the goals of special areas have gone: a review of
     * such a goal goes, a measure only for such goals goes, a measure also for other goals keeps those
     * and loses its provider's name (a trauma-therapy centre's name gives away what the goal was).
     */
    private Object withoutSpecialGoals(Record r) {
      if (r instanceof de.integrationsplan.core.model.v2.GoalReview review) {
        return specialGoals.contains(review.goalId()) ? REMOVED : r;
      }
      if (r instanceof de.integrationsplan.core.model.v2.Measure m) {
        List<String> goals = m.goalIds().stream().filter(id -> !specialGoals.contains(id)).toList();
        if (goals.size() == m.goalIds().size()) {
          return r;
        }
        if (goals.isEmpty()) {
          return REMOVED;
        }
        return new de.integrationsplan.core.model.v2.Measure(m.id(), goals, m.memberIds(), m.kind(),
            m.description(), m.responsible(), null, m.status(), m.plannedStart(), m.plannedEnd(),
            m.actualStart(), m.actualEnd());
      }
      return r;
    }

    private Object list(List<?> list, RecordInfo info, int i) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        Object redacted = value(element, info, i);
        if (redacted != REMOVED) {
          out.add(redacted);
        }
      }
      return out;
    }

    private Object value(Object value, RecordInfo info, int i) {
      switch (info.handlings[i]) {
        case KEEP:
          return value;
        case NESTED:
          return record((Record) value);
        case PSEUDONYM:
          return pseudonyms.pseudonym(info.names[i], (String) value);
        case UUID_PSEUDONYM:
          return pseudonyms.uuid(info.names[i], (UUID) value);
        case LOCAL_ID:
          return pseudonyms.localId(planScope, (String) value);
        case REMOVE:
          return REMOVED;
        case SPECIAL_TEXT:
          return keepSpecialText ? value : REMOVED;
        case SPECIAL_VALUE:
          if (!keepSpecialText) {
            return REMOVED;
          }
          return value instanceof Record nested ? record(nested) : value;
        case CODED:
          if (!keepSpecialText && info.revealingCodes[i].contains(value)) {
            return REMOVED;
          }
          return !statistics || info.wellFormed(i, (String) value) ? value : REMOVED;
        case REVEALING_ENUM:
          return !keepSpecialText && SPECIAL_CATEGORY_CONSTANTS.contains(value) ? REMOVED : value;
        case FREE_TEXT:
          return statistics ? REMOVED : value;
        case CODE:
          return !statistics || info.wellFormed(i, (String) value) ? value : REMOVED;
        case MONTH:
          return statistics ? ((LocalDate) value).withDayOfMonth(1) : value;
        case DAY_UTC:
          return statistics
              ? ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
              : value;
        default:
          throw new IllegalStateException("unknown handling " + info.handlings[i]);
      }
    }
  }

  private static boolean wellFormedCoding(Record r) {
    if (r instanceof de.integrationsplan.core.model.v1.Coding c) {
      return wellFormed(c.system(), c.version(), c.code());
    }
    if (r instanceof de.integrationsplan.core.model.v2.Coding c) {
      return wellFormed(c.system(), c.version(), c.code());
    }
    return true;
  }

  private static boolean wellFormed(String system, String version, String value) {
    java.util.regex.Pattern code = CodeLists.codePattern(system).map(java.util.regex.Pattern::compile).orElse(null);
    return code != null && code.matcher(value).matches() && CODING_VERSION.matches(version);
  }

  // ---- the description of the model, built once ----

  private static Map<Class<?>, RecordInfo> describe() {
    Map<Class<?>, RecordInfo> out = new LinkedHashMap<>();
    for (Class<?> root : ModelView.roots()) {
      for (RecordView view : ModelView.records(root)) {
        out.put(view.type(), new RecordInfo(view));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** What is known about one record type. */
  private static final class RecordInfo {
    final RecordView view;
    final Component[] components;
    final String[] names;
    final Class<?>[] types; // the element type for lists
    final Handling[] handlings;
    final boolean[] nullable;
    final @Nullable TextPattern[] patterns;
    final @Nullable Annotation[] codeChecks;
    /** For {@link Handling#CODED}: the codes of the component's list that are special-category data. */
    final Set<?>[] revealingCodes;
    final @Nullable PresentCount presentCount;

    RecordInfo(RecordView view) {
      this.view = view;
      components = view.components().toArray(Component[]::new);
      int n = components.length;
      names = new String[n];
      types = new Class<?>[n];
      handlings = new Handling[n];
      nullable = new boolean[n];
      patterns = new TextPattern[n];
      codeChecks = new Annotation[n];
      revealingCodes = new Set<?>[n];
      for (int i = 0; i < n; i++) {
        Component c = components[i];
        names[i] = c.where();
        types[i] = c.valueType();
        nullable[i] = c.nullable();
        Pattern pattern = c.annotation(Pattern.class);
        patterns[i] = pattern == null ? null : TextPattern.compile(pattern.regexp());
        codeChecks[i] = c.annotation(CountryCode.class) != null ? c.annotation(CountryCode.class)
            : c.annotation(LanguageCode.class);
        handlings[i] = decide(c, names[i], types[i], pattern == null ? null : pattern.regexp());
        revealingCodes[i] = handlings[i] == Handling.CODED ? revealingCodes(c) : Set.of();
      }
      presentCount = view.annotation(PresentCount.class);
      if (ModelView.roots().contains(view.type()) && !view.component("updated").nullable()) {
        throw new IllegalStateException("redaction needs the JSpecify annotations at run time");
      }
    }

    @Nullable Object get(int i, Record r) {
      return components[i].read(r);
    }

    Object create(Object[] args) {
      try {
        return view.construct(args);
      } catch (RuntimeException e) {
        // the model's constructors name the component, never a value
        throw new IllegalStateException("cannot rebuild " + view.name() + ": " + e.getMessage());
      }
    }

    boolean wellFormed(int i, String value) {
      TextPattern pattern = patterns[i];
      if (pattern != null) {
        return pattern.matches(value);
      }
      if (codeChecks[i] instanceof CountryCode cc) {
        return CodeLists.countries().contains(value) || (cc.nationality() && CodeLists.NATIONALITY_EXTRAS.contains(value));
      }
      if (codeChecks[i] instanceof LanguageCode) {
        return value.length() <= CodeLists.LANGUAGE_TAG_MAX_LENGTH && LANGUAGE_TAG.matches(value);
      }
      return true; // checked with its record (Coding)
    }
  }

  /** The codes of a coded component's list that are flagged as special-category data. */
  private static Set<String> revealingCodes(Component c) {
    Coded coded = c.annotation(Coded.class);
    String list = coded == null ? "" : coded.value();
    var codeList = CodeListCatalogue.standard().byId(list)
        .orElseThrow(() -> new IllegalStateException("a coded component of an unknown code list: " + c.where()));
    Set<String> out = new HashSet<>();
    for (Code code : codeList.codes()) {
      if (code.specialCategory()) {
        out.add(code.code());
      }
    }
    return Set.copyOf(out);
  }

  private static boolean revealing(Class<?> type) {
    for (Enum<?> constant : SPECIAL_CATEGORY_CONSTANTS) {
      if (constant.getDeclaringClass() == type) {
        return true;
      }
    }
    return false;
  }

  private static Handling decide(Component c, String name, Class<?> type, @Nullable String pattern) {
    switch (c.personalData()) {
      case IDENTIFYING:
        if (type == UUID.class) {
          return Handling.UUID_PSEUDONYM;
        }
        return type == String.class && Formats.PSEUDONYM.equals(pattern) ? Handling.PSEUDONYM : Handling.REMOVE;
      case SPECIAL_CATEGORY:
        return type == String.class ? Handling.SPECIAL_TEXT : Handling.SPECIAL_VALUE;
      case ORDINARY:
      default:
        break;
    }
    if (type.isRecord()) {
      return Handling.NESTED;
    }
    if (type == String.class) {
      if (Formats.LOCAL_ID.equals(pattern)) {
        return Handling.LOCAL_ID;
      }
      if (c.annotation(Coded.class) != null) {
        return Handling.CODED;
      }
      if (ORDINARY_FREE_TEXT.contains(name)) {
        return Handling.FREE_TEXT;
      }
      if (pattern != null || RECORD_CHECKED_CODES.contains(name)
          || c.annotation(CountryCode.class) != null || c.annotation(LanguageCode.class) != null) {
        return Handling.CODE;
      }
      throw new IllegalStateException("an ordinary string that is neither code, id nor known free text: " + name);
    }
    if (type == LocalDate.class) {
      return COARSENED_TO_MONTH.contains(name) ? Handling.MONTH : Handling.KEEP;
    }
    if (type == OffsetDateTime.class) {
      return Handling.DAY_UTC;
    }
    if (type.isEnum() && revealing(type)) {
      return Handling.REVEALING_ENUM;
    }
    if (type.isEnum() || type == Integer.class || type == Boolean.class || type == YearMonth.class) {
      return Handling.KEEP;
    }
    throw new IllegalStateException("a component of a type the redaction does not know: " + name);
  }
}
