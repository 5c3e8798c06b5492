package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import jakarta.validation.ValidationException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * The rule engine of {@code PlanValidator} reports what Hibernate Validator reports, the judge:
 * the same issues (severity, code, pointer, message), in German and in English. Generated plans are
 * valid by construction, so both must find nothing in them; object-level mutations of them (blank,
 * too long and astral strings, pattern breakers, moved dates, out-of-range numbers, removed,
 * duplicated and emptied list items, changed ids and references, other enum constants, dropped
 * optional parts, codes that are not in the declared version) must give both the same report, or
 * make both throw. Each property runs on format 1.0's plans and, as often, on format 2.0's.
 */
final class RuleAgreementProperties {

  private static final PlanValidator GERMAN = PlanValidator.create();
  private static final PlanValidator ENGLISH = PlanValidator.builder().locale(Locale.ENGLISH).build();
  private static final PlanJson JSON = PlanJson.create();
  /** Every code of every list of the catalogue, for the coded values of format 2.0. */
  private static final List<String> CODES = CodeListCatalogue.standard().all().stream()
      .flatMap(list -> list.codes().stream()).map(Code::code).distinct().sorted().toList();
  private static final Class<de.integrationsplan.core.model.v1.IntegrationPlan> V1 =
      de.integrationsplan.core.model.v1.IntegrationPlan.class;
  private static final Class<de.integrationsplan.core.model.v2.IntegrationPlan> V2 =
      de.integrationsplan.core.model.v2.IntegrationPlan.class;

  // format 1.0 and format 2.0: the same properties, the same tries per version

  @Property(tries = 200)
  void generatedPlansAreValidForBoth(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100_000) int index) {
    validForBoth(SyntheticPlans.withSeed(seed).plan(index));
  }

  @Property(tries = 200)
  void generatedPlansOfTheSecondFormatAreValidForBoth(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100_000) int index) {
    validForBoth(SyntheticPlans.withSeed(seed).plan(index, V2));
  }

  @Property(tries = 3000)
  void mutatedPlansGetHibernateValidatorsReport(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100_000) int index, @ForAll long mutationSeed,
      @ForAll @IntRange(min = 1, max = 3) int mutations) {
    sameReport(mutant(seed, index, V1, mutationSeed, mutations));
  }

  @Property(tries = 3000)
  void mutatedPlansOfTheSecondFormatGetHibernateValidatorsReport(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100_000) int index, @ForAll long mutationSeed,
      @ForAll @IntRange(min = 1, max = 3) int mutations) {
    sameReport(mutant(seed, index, V2, mutationSeed, mutations));
  }

  /**
   * A plan read from JSON is checked without the constraints the reader holds (patterns, lengths,
   * code lists, ranges, list sizes): whenever the reader binds a mutant, its report as a document
   * is its report as an object, issue for issue but for the places in the text.
   */
  @Property(tries = 2000)
  void aPlanTheReaderBindsGetsTheReportOfThePlanObject(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100_000) int index, @ForAll long mutationSeed,
      @ForAll @IntRange(min = 1, max = 3) int mutations) {
    sameReportAsDocument(mutant(seed, index, V1, mutationSeed, mutations));
  }

  /** The same for format 2.0. */
  @Property(tries = 2000)
  void aPlanOfTheSecondFormatTheReaderBindsGetsTheReportOfThePlanObject(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100_000) int index, @ForAll long mutationSeed,
      @ForAll @IntRange(min = 1, max = 3) int mutations) {
    sameReportAsDocument(mutant(seed, index, V2, mutationSeed, mutations));
  }

  private static void validForBoth(Plan plan) {
    assertThat(HibernateJudge.issues(plan, Locale.GERMAN)).isEmpty();
    assertThat(GERMAN.validate(plan).issues()).isEmpty();
    assertThat(ENGLISH.validate(plan).issues()).isEmpty();
  }

  private static void sameReport(Plan plan) {
    for (PlanValidator engine : new PlanValidator[] {GERMAN, ENGLISH}) {
      Plan mutated = plan;
      List<ValidationIssue> theirs;
      try {
        theirs = HibernateJudge.issues(mutated, engine.locale());
      } catch (ValidationException e) {
        // a validator that throws: the engine throws too, it does not report around the fault
        Statistics.label("outcome").collect("validator threw");
        assertThatThrownBy(() -> engine.validate(mutated)).isInstanceOf(ValidationException.class);
        return;
      }
      List<ValidationIssue> ours = HibernateJudge.sorted(engine.validate(mutated).issues());
      if (engine == GERMAN) {
        Statistics.label("outcome").collect(theirs.isEmpty() ? "valid" : "invalid");
        Statistics.label("issues").collect(theirs.size() <= 1 ? String.valueOf(theirs.size())
            : theirs.size() <= 10 ? "2-10" : "more");
      }
      assertThat(ours).as("the engine's %s report", engine.locale()).isEqualTo(theirs);
    }
  }

  private static void sameReportAsDocument(Plan plan) {
    ValidationReport asObject;
    try {
      asObject = GERMAN.validate(plan);
    } catch (ValidationException e) {
      return; // a validator that throws, as the other property shows
    }
    ValidationReport asDocument = GERMAN.validate(JSON.write(plan));
    boolean read = asDocument.plan() != null;
    Statistics.label("read back").collect(read);
    if (read) {
      assertThat(withoutPlaces(asDocument.issues())).as("the report of the document")
          .isEqualTo(withoutPlaces(asObject.issues()));
    }
  }

  private static List<String> withoutPlaces(List<ValidationIssue> issues) {
    return issues.stream().map(i -> i.severity() + " " + i.code() + " " + i.pointer() + " " + i.message()).toList();
  }

  /** Generated plan {@code index} of {@code seed} in a version, changed {@code mutations} times. */
  private static Plan mutant(long seed, int index, Class<? extends Plan> version, long mutationSeed, int mutations) {
    Plan plan = SyntheticPlans.withSeed(seed).plan(index, version);
    Random random = new Random(mutationSeed);
    for (int i = 0; i < mutations; i++) {
      // format 2.0: one mutation in four swaps a code, so that the code-list rules get their share
      plan = (Plan) (plan instanceof de.integrationsplan.core.model.v2.IntegrationPlan && random.nextInt(4) == 0
          ? swapCode((Record) plan, random) : mutate((Record) plan, random));
    }
    return plan;
  }

  /** A copy of {@code record} with one component, somewhere below it, changed. */
  private static Object mutate(Record record, Random random) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = read(record, components[i]);
    }
    int i = random.nextInt(components.length);
    values[i] = mutateValue(values[i], components[i].getType(), random);
    try {
      return rebuild(record.getClass(), components, values);
    } catch (RuntimeException e) {
      // a required component removed or an impossible value: the records refuse it, keep the original
      return record;
    }
  }

  /**
   * A copy of {@code record} with one of its coded values (format 2.0, {@link Coded}), anywhere
   * below it, replaced by another code: of the same list (maybe not in the declared version,
   * withdrawn, or not valid at the date it applies to) or of any list. The record itself when it
   * holds no coded value.
   */
  private static Object swapCode(Record record, Random random) {
    int sites = codedSites(record);
    return sites == 0 ? record : swapCode(record, new int[] {random.nextInt(sites)}, random);
  }

  private static int codedSites(@Nullable Object value) {
    int n = 0;
    if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object v = read(r, c);
        n += c.isAnnotationPresent(Coded.class) && v != null ? 1 : codedSites(v);
      }
    } else if (value instanceof List<?> list) {
      for (Object e : list) {
        n += codedSites(e);
      }
    }
    return n;
  }

  /** Replaces the coded value numbered {@code target[0]} in depth-first order; counts it down. */
  private static @Nullable Object swapCode(@Nullable Object value, int[] target, Random random) {
    if (value instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      boolean changed = false;
      for (int i = 0; i < components.length; i++) {
        values[i] = read(r, components[i]);
        if (target[0] < 0) {
          continue;
        }
        Coded coded = components[i].getAnnotation(Coded.class);
        if (coded != null && values[i] != null) {
          if (target[0]-- == 0) {
            values[i] = otherCode(values[i], coded.value(), random);
            changed = true;
          }
        } else {
          Object next = swapCode(values[i], target, random);
          changed |= next != values[i];
          values[i] = next;
        }
      }
      try {
        return changed ? rebuild(r.getClass(), components, values) : r;
      } catch (RuntimeException e) {
        return r;
      }
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list);
      boolean changed = false;
      for (int i = 0; i < copy.size() && target[0] >= 0; i++) {
        Object next = swapCode(copy.get(i), target, random);
        changed |= next != copy.get(i);
        copy.set(i, next);
      }
      return changed ? copy : list;
    }
    return value;
  }

  private static Object otherCode(Object value, String listId, Random random) {
    List<String> sameList = CodeListCatalogue.standard().byId(listId).orElseThrow().codes().stream()
        .map(Code::code).toList();
    List<String> from = random.nextInt(4) == 0 ? CODES : sameList;
    String code = from.get(random.nextInt(from.size()));
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list);
      if (copy.isEmpty() || random.nextBoolean()) {
        copy.add(code);
      } else {
        copy.set(random.nextInt(copy.size()), code);
      }
      return copy;
    }
    return code;
  }

  private static @Nullable Object mutateValue(@Nullable Object value, Class<?> type, Random random) {
    if (value instanceof Record r && random.nextInt(5) > 0) {
      return mutate(r, random);
    }
    if (random.nextInt(12) == 0) {
      return null;
    }
    if (value instanceof List<?> list) {
      return mutateList(list, random);
    }
    if (type == String.class) {
      return string(value == null ? "x" : (String) value, random);
    }
    if (type == LocalDate.class) {
      LocalDate base = value == null ? LocalDate.now() : (LocalDate) value;
      return switch (random.nextInt(5)) {
        case 0 -> LocalDate.now();
        case 1 -> LocalDate.now().plusDays(1);
        case 2 -> base.minusYears(random.nextInt(150));
        default -> base.plusDays(random.nextInt(4000) - 2000);
      };
    }
    if (type == OffsetDateTime.class) {
      OffsetDateTime base = value == null ? OffsetDateTime.now() : (OffsetDateTime) value;
      return base.plusHours(random.nextInt(200_000) - 100_000);
    }
    if (type == Integer.class || type == int.class) {
      int[] edges = {-1, 0, 1, 2, 29, 30, 31, 1899, 1900, 1989, 1990, 2025, 2100, 2101, Integer.MAX_VALUE};
      return edges[random.nextInt(edges.length)];
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (type == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    }
    return value;
  }

  private static List<?> mutateList(List<?> list, Random random) {
    List<Object> copy = new ArrayList<>(list);
    switch (random.nextInt(6)) {
      case 0 -> copy.clear();
      case 1 -> {
        if (!copy.isEmpty()) {
          copy.remove(random.nextInt(copy.size()));
        }
      }
      case 2 -> {
        if (!copy.isEmpty()) {
          copy.add(copy.get(random.nextInt(copy.size())));
        }
      }
      case 3 -> {
        if (!copy.isEmpty()) {
          Object one = copy.get(random.nextInt(copy.size()));
          int n = random.nextInt(600);
          for (int i = 0; i < n; i++) {
            copy.add(one);
          }
        }
      }
      default -> {
        if (!copy.isEmpty()) {
          int at = random.nextInt(copy.size());
          Object element = copy.get(at);
          Object changed = element instanceof Record r ? mutate(r, random)
              : mutateValue(element, element == null ? Object.class : element.getClass(), random);
          if (changed != null) {
            copy.set(at, changed);
          }
        }
      }
    }
    return copy;
  }

  private static String string(String value, Random random) {
    return switch (random.nextInt(16)) {
      case 0 -> "";
      case 1 -> " \t ";
      case 2 -> "\u2003";
      case 3 -> value + "x".repeat(random.nextInt(2100));
      case 4 -> "\uD83D\uDE00".repeat(random.nextInt(2100)); // astral: two units, one code point
      case 5 -> "\uD83D\uDE00".repeat(1000) + "a".repeat(random.nextInt(3));
      case 6 -> value + " ";
      case 7 -> " " + value;
      case 8 -> value.toUpperCase(Locale.ROOT);
      case 9 -> value.toLowerCase(Locale.ROOT);
      case 10 -> value.isEmpty() ? "" : value.substring(0, random.nextInt(value.length()));
      case 11 -> value + "ä";
      case 12 -> "g" + random.nextInt(4);
      case 13 -> "m" + random.nextInt(4);
      case 14 -> {
        // values of other places, and (format 2.0) codes of other lists, versions and dates: a code
        // not in the declared version, one withdrawn, one valid only until 2024 or 2025, an older version
        String[] values = {"deu", "DE", "XK", "STATELESS", "UNKNOWN", "de-DE", "zz", "1.0", "2.0",
            "https://example.org/x", "q1", "ISCED", "isco-08", "hm1", "AUFENTHG_104C", "INTEGRATION_PARENTS",
            "WOGG", "MIGRATION_COUNSELLING", "MOVED_AWAY_HANDED_OVER", "2026-11-25",
            "urn:de:integrationsplan:codelist:benefit"};
        yield values[random.nextInt(values.length)];
      }
      default -> value + value;
    };
  }

  private static @Nullable Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object rebuild(Class<?> type, RecordComponent[] components, Object[] values) {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
