package de.integrationsplan.core.internal.model;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one view of the model's records, built once per type on first use and shared by every
 * thread: the reader, the rule engine, redaction and the schema generator read the records
 * through it, and nothing else in the library reads records reflectively. It also holds the
 * model's German and English labels and descriptions ({@link #label}, {@link Component#label}),
 * the one source of the schema's texts and of the field names in messages; they are loaded when
 * first asked for, never while a valid plan is read.
 *
 * <pre>{@code
 * RecordView goal = ModelView.of(Goal.class);
 * for (Component c : goal.components()) { ... c.name(), c.kind(), c.required(), c.read(record) ... }
 * }</pre>
 */
public final class ModelView {

  /** The package of the model's records and enums: the only ones the view reads. */
  public static final String MODEL_PACKAGE = IntegrationPlan.class.getPackageName();

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
   * The plan's view.
   *
   * @return the view of {@link IntegrationPlan}
   */
  public static RecordView plan() {
    return of(IntegrationPlan.class);
  }

  /**
   * Every record reachable from the plan, the plan first, then depth first in component order.
   *
   * @return an unmodifiable list
   */
  public static List<RecordView> records() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    collect(IntegrationPlan.class, seen);
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
    return ModelTexts.text(type.getSimpleName() + "@label", locale);
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
    return ModelTexts.text(type.getSimpleName() + "@description", locale);
  }

  /**
   * The description of one constant of a model enum: "Aktiv: vereinbart und in Bearbeitung."
   *
   * @param constant the constant
   * @param locale English for {@code en}, German otherwise
   * @return the description
   */
  public static String description(Enum<?> constant, Locale locale) {
    return ModelTexts.text(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
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
}
