package de.integrationsplan.core.internal.model;

import de.integrationsplan.core.model.IntegrationPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one view of the model's records, built once per type on first use and shared by every
 * thread: the reader, the rule engine, redaction and the schema generator read the records
 * through it, and nothing else in the library reads records reflectively.
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
