package de.integrationsplan.core.internal.model;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one view of the model's records, built once per type on first use and shared by every
 * thread: the reader, the rule engine, redaction and the schema generator read the records
 * through it, and nothing else in the library reads records reflectively. It also holds the
 * model's German and English labels and descriptions ({@link #label}, {@link Component#label}),
 * the one source of the schema's texts and of the field names in messages; they are loaded when
 * first asked for, never while a valid plan is read.
 *
 * <p>Each major version of the format has a model of its own in a package of its own
 * ({@code model.v1}, {@code model.v2}), rooted at that package's {@code IntegrationPlan}. The view
 * reads them all alike; a record of one version never holds a type of another, and each version
 * has its own texts ({@code texts_de.properties} for 1.x, {@code v2/texts_de.properties} for 2.x).
 *
 * <pre>{@code
 * RecordView goal = ModelView.of(Goal.class);
 * for (Component c : goal.components()) { ... c.name(), c.kind(), c.required(), c.read(record) ... }
 * }</pre>
 */
public final class ModelView {

  /** The root of each major version's model, oldest first; its package holds that version's records. */
  private static final List<Class<?>> ROOTS =
      List.of(IntegrationPlan.class, de.integrationsplan.core.model.v2.IntegrationPlan.class);

  private static final Set<String> PACKAGES = packages();

  private static final ClassValue<RecordView> VIEWS = new ClassValue<>() {
    @Override
    protected RecordView computeValue(Class<?> type) {
      return new RecordView(type);
    }
  };

  private ModelView() {}

  /**
   * The view of a record type of the model.
   *
   * @param type the record's class
   * @return its view, built on the first call
   * @throws IllegalStateException if the type is not a record of the model, or holds a type or
   *     lacks a classification the view does not know
   */
  public static RecordView of(Class<?> type) {
    return VIEWS.get(type);
  }

  /**
   * The roots of the model's major versions, oldest first.
   *
   * @return the {@code IntegrationPlan} record of each major version
   */
  public static List<Class<?>> roots() {
    return ROOTS;
  }

  /**
   * Whether a package holds the records of one of the model's major versions.
   *
   * @param packageName a package's name
   * @return true for {@code model.v1} and its successors
   */
  public static boolean isModelPackage(String packageName) {
    return PACKAGES.contains(packageName);
  }

  /**
   * The root of the major version that a record or enum of the model belongs to.
   *
   * @param type a type of the model, or the root itself
   * @return the view of that version's {@code IntegrationPlan}
   * @throws IllegalStateException if the type belongs to no version of the model
   */
  public static RecordView root(Class<?> type) {
    for (Class<?> root : ROOTS) {
      if (root.getPackageName().equals(type.getPackageName())) {
        return of(root);
      }
    }
    throw new IllegalStateException(type.getName() + " belongs to no version of the model");
  }

  /**
   * Checks that a plan is one of the model's roots, as the API's methods that take a
   * {@code Plan} require.
   *
   * @param <T> the plan's type
   * @param plan a plan
   * @return the plan
   * @throws IllegalArgumentException if the plan is another implementation of {@code Plan}
   */
  public static <T> T requirePlan(T plan) {
    if (!ROOTS.contains(plan.getClass())) {
      throw new IllegalArgumentException("not a plan of this library's model: " + plan.getClass().getName()
          + "; plans are " + ROOTS.stream().map(Class::getName).toList());
    }
    return plan;
  }

  /**
   * The root of a major version, by the major number of a {@code schemaVersion}.
   *
   * @param major {@code 1} for format 1.x
   * @return that version's root, empty for a major this library does not know
   */
  public static Optional<Class<?>> rootOfMajor(int major) {
    return major >= 1 && major <= ROOTS.size() ? Optional.of(ROOTS.get(major - 1)) : Optional.empty();
  }

  /**
   * The root of the newest major version.
   *
   * @return its {@code IntegrationPlan} record
   */
  public static Class<?> newestRoot() {
    return ROOTS.get(ROOTS.size() - 1);
  }

  /**
   * The major number of a version's root: {@code 1} for {@code model.v1}.
   *
   * @param root a version's root
   * @return its major number
   */
  public static int major(Class<?> root) {
    int i = ROOTS.indexOf(root);
    if (i < 0) {
      throw new IllegalStateException(root.getName() + " is not the root of a version of the model");
    }
    return i + 1;
  }

  /**
   * Every record of every major version, each version from its root, then depth first in
   * component order.
   *
   * @return an unmodifiable list
   */
  public static List<RecordView> records() {
    List<RecordView> all = new ArrayList<>();
    for (Class<?> root : ROOTS) {
      all.addAll(records(root));
    }
    return List.copyOf(all);
  }

  /**
   * Every record reachable from a version's root, the root first, then depth first in component
   * order.
   *
   * @param root a version's root
   * @return an unmodifiable list
   */
  public static List<RecordView> records(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    collect(root, seen);
    List<RecordView> all = new ArrayList<>(seen.size());
    for (Class<?> type : seen) {
      all.add(of(type));
    }
    return List.copyOf(all);
  }

  /**
   * The label of a record or enum type of the model: „Ziel“, "Goal".
   *
   * @param type a record or enum of the model
   * @param locale English for {@code en}, German otherwise
   * @return the label
   * @throws IllegalStateException if the model has no label for the type
   */
  public static String label(Class<?> type, Locale locale) {
    return ModelTexts.text(type, type.getSimpleName() + "@label", locale);
  }

  /**
   * The description of a record or enum type of the model, as the published schema gives it
   * (without the list of an enum's constants).
   *
   * @param type a record or enum of the model
   * @param locale English for {@code en}, German otherwise
   * @return the description
   */
  public static String description(Class<?> type, Locale locale) {
    return ModelTexts.text(type, type.getSimpleName() + "@description", locale);
  }

  /**
   * The description of one constant of a model enum: "Aktiv: vereinbart und in Bearbeitung."
   *
   * @param constant the constant
   * @param locale English for {@code en}, German otherwise
   * @return the description
   */
  public static String description(Enum<?> constant, Locale locale) {
    return ModelTexts.text(constant.getDeclaringClass(), constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
  }

  private static void collect(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Component c : of(type).components()) {
      if (c.kind() == ValueKind.RECORD) {
        collect(c.valueType(), seen);
      }
    }
  }

  private static Set<String> packages() {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> root : ROOTS) {
      names.add(root.getPackageName());
    }
    return Set.copyOf(names);
  }
}
