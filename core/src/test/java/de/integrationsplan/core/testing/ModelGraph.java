package de.integrationsplan.core.testing;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Reflective walks over the model: its types, and the values of one plan. */
public final class ModelGraph {

  private ModelGraph() {}

  /**
   * Every record type reachable from {@link IntegrationPlan} through record components and lists.
   *
   * @return the record types, the plan first
   */
  public static Set<Class<?>> recordTypes() {
    Set<Class<?>> records = new LinkedHashSet<>();
    Set<Class<?>> enums = new LinkedHashSet<>();
    collectTypes(IntegrationPlan.class, records, enums);
    return records;
  }

  /**
   * Every enum type reachable from {@link IntegrationPlan}.
   *
   * @return the enum types
   */
  public static Set<Class<?>> enumTypes() {
    Set<Class<?>> records = new LinkedHashSet<>();
    Set<Class<?>> enums = new LinkedHashSet<>();
    collectTypes(IntegrationPlan.class, records, enums);
    return enums;
  }

  private static void collectTypes(Type type, Set<Class<?>> records, Set<Class<?>> enums) {
    if (type instanceof ParameterizedType pt) {
      for (Type arg : pt.getActualTypeArguments()) {
        collectTypes(arg, records, enums);
      }
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return;
    }
    if (c.isEnum()) {
      enums.add(c);
    } else if (c.isRecord() && records.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        collectTypes(rc.getGenericType(), records, enums);
      }
    }
  }

  /**
   * Every record instance reachable from {@code root}, through record components, lists and maps,
   * the root included.
   *
   * @param root a record
   * @return the records, in the order found
   */
  public static List<Record> records(Record root) {
    List<Record> out = new ArrayList<>();
    walk(root, "", (path, value) -> {
      if (value instanceof Record r) {
        out.add(r);
      }
    }, new IdentityHashMap<>());
    return out;
  }

  /**
   * Visits every value reachable from {@code root} with its path, map keys included as values.
   *
   * @param root the start
   * @param visitor called with a path such as {@code Person.nationalities[0]} and the value
   */
  public static void visit(Object root, BiConsumer<String, Object> visitor) {
    walk(root, "", visitor, new IdentityHashMap<>());
  }

  private static void walk(Object value, String path, BiConsumer<String, Object> visitor,
      Map<Object, Boolean> seen) {
    if (value == null) {
      return;
    }
    visitor.accept(path, value);
    if (value instanceof Record r) {
      if (seen.put(r, Boolean.TRUE) != null) {
        return;
      }
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        walk(component(r, rc), r.getClass().getSimpleName() + "." + rc.getName(), visitor, seen);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getKey(), path + "{key}", visitor, seen);
        walk(e.getValue(), path + "{" + e.getKey() + "}", visitor, seen);
      }
    } else if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object element : list) {
        walk(element, path + "[" + i++ + "]", visitor, seen);
      }
    }
  }

  /**
   * The value of a record component.
   *
   * @param r the record
   * @param rc one of its components
   * @return the value
   */
  public static Object component(Record r, RecordComponent rc) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(rc.toString(), e);
    }
  }
}
