package de.integrationsplan.core.internal.constraints;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Reads record components by name, for the generic class-level constraints. */
final class RecordComponents {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  private RecordComponents() {}

  static @Nullable Object read(Object record, String name) {
    Method accessor = ACCESSORS.computeIfAbsent(record.getClass(), RecordComponents::accessors).get(name);
    if (accessor == null) {
      throw new IllegalStateException(
          record.getClass().getName() + " has no record component " + name);
    }
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + name, e);
    }
  }

  static boolean present(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    return !(value instanceof Collection<?> c) || !c.isEmpty();
  }

  private static Map<String, Method> accessors(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) {
      throw new IllegalStateException(type.getName() + " is not a record");
    }
    Map<String, Method> map = new ConcurrentHashMap<>();
    for (RecordComponent c : components) {
      map.put(c.getName(), c.getAccessor());
    }
    return map;
  }
}
