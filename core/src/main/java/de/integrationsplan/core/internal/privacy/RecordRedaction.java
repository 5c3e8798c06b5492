package de.integrationsplan.core.internal.privacy;

import de.integrationsplan.core.internal.TextPattern;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.model.v1.Coding;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.Formats;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.PersonalData;
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
 * reachable from {@link IntegrationPlan}; a component the rules do not cover fails the class
 * initialisation, so a new component cannot slip through unhandled. Thread-safe.
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
    /** A date of the person's life outside counselling: to the first of its month at STATISTICS. */
    MONTH,
    /** A timestamp: to the day, in UTC, at STATISTICS. */
    DAY_UTC
  }

  /** Ordinary strings that are free text; every other ordinary string must be a code or an id. */
  static final Set<String> ORDINARY_FREE_TEXT = Set.of(
      "ResponsibleOrganisation.name", "Course.provider", "Measure.provider", "Schooling.certificate",
      "Qualification.originalTitle", "Recognition.authority", "Recognition.referenceOccupation",
      "WorkExperience.description", "Coding.display");

  /** Ordinary strings that are codes, checked by the record's own rule rather than an annotation. */
  static final Set<String> RECORD_CHECKED_CODES = Set.of("Coding.system", "Coding.version", "Coding.code");

  /** Dates of the person's life, coarsened to the month at STATISTICS level. */
  static final Set<String> COARSENED_TO_MONTH = Set.of(
      "Accommodation.since", "ResidenceStatus.validFrom", "ResidenceStatus.validUntil");

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
  public static boolean consentCoversSpecialCategoryExchange(IntegrationPlan plan) {
    Consent consent = plan.consent();
    return consent != null
        && !consent.withdrawn()
        && consent.scopes().contains(ConsentScope.SPECIAL_CATEGORIES)
        && (consent.scopes().contains(ConsentScope.EXCHANGE_WITH_AUTHORITIES)
            || consent.scopes().contains(ConsentScope.EXCHANGE_WITH_SERVICES));
  }

  /**
   * Redacts a plan.
   *
   * @param plan the plan
   * @return the redacted copy
   */
  public IntegrationPlan redact(IntegrationPlan plan) {
    Pass pass = new Pass(new Pseudonyms(key), plan.id().toString(),
        !statistics && consentCoversSpecialCategoryExchange(plan));
    Object out = pass.record(plan);
    if (out == REMOVED) { // cannot happen: the plan's required components are never removed
      throw new IllegalStateException("the plan could not be redacted");
    }
    return (IntegrationPlan) out;
  }

  /** One redaction of one plan. */
  private final class Pass {
    private final Pseudonyms pseudonyms;
    /** The plan's own id: local ids are pseudonymised within it, so that {@code g1} links no two plans. */
    private final String planScope;
    private final boolean keepSpecialText;

    Pass(Pseudonyms pseudonyms, String planScope, boolean keepSpecialText) {
      this.pseudonyms = pseudonyms;
      this.planScope = planScope;
      this.keepSpecialText = keepSpecialText;
    }

    Object record(Record r) {
      RecordInfo info = INFO.get(r.getClass());
      if (info == null) {
        throw new IllegalStateException("not a record of the model: " + r.getClass().getSimpleName());
      }
      if (statistics && r instanceof Coding c && !wellFormed(c)) {
        return REMOVED; // an unrecognisable coding may be free text in disguise
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
        } else if (info.types[i] == String.class) {
          args[i] = PLACEHOLDER; // the model requires a text here
        } else {
          return REMOVED; // a required part is gone: the whole record goes
        }
      }
      keepPresentCount(info, args, removed);
      keepJustification(r, info, args, removed);
      return info.create(args);
    }

    /**
     * A counselling period beyond three years requires its justification (a rule between values, so
     * not visible as a required component): a removed justification comes back as the placeholder.
     */
    private void keepJustification(Record r, RecordInfo info, Object[] args, boolean[] removed) {
      if (!(r instanceof CounsellingPeriod)) {
        return;
      }
      for (int i = 0; i < args.length; i++) {
        if (removed[i] && info.components[i].name().equals("extensionJustification")) {
          args[i] = PLACEHOLDER;
        }
      }
    }

    /** Where a record needs at least n of some components, removed texts come back as placeholders. */
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

  private static boolean wellFormed(Coding c) {
    java.util.regex.Pattern code = CodeLists.codePattern(c.system()).map(java.util.regex.Pattern::compile).orElse(null);
    return code != null && code.matcher(c.code()).matches() && CODING_VERSION.matches(c.version());
  }

  // ---- the description of the model, built once ----

  private static Map<Class<?>, RecordInfo> describe() {
    Map<Class<?>, RecordInfo> out = new LinkedHashMap<>();
    for (RecordView view : ModelView.records(IntegrationPlan.class)) {
      out.put(view.type(), new RecordInfo(view));
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
      }
      presentCount = view.annotation(PresentCount.class);
      if (view.type() == IntegrationPlan.class && !view.component("updated").nullable()) {
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

  private static Handling decide(Component c, String name, Class<?> type, @Nullable String pattern) {
    switch (c.personalData()) {
      case IDENTIFYING:
        if (type == UUID.class) {
          return Handling.UUID_PSEUDONYM;
        }
        return type == String.class && Formats.PSEUDONYM.equals(pattern) ? Handling.PSEUDONYM : Handling.REMOVE;
      case SPECIAL_CATEGORY:
        return type == String.class ? Handling.SPECIAL_TEXT : Handling.REMOVE;
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
    if (type.isEnum() || type == Integer.class || type == Boolean.class || type == YearMonth.class) {
      return Handling.KEEP;
    }
    throw new IllegalStateException("a component of a type the redaction does not know: " + name);
  }
}
