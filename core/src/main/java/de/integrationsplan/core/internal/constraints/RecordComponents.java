package de.integrationsplan.core.internal.constraints;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads record components by name, for the generic class-level constraints: through method
 * handles made once per record type and kept in a {@link ClassValue}, not through reflection.
 */
final class RecordComponents {

  private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);

  private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      return accessors(type);
    }
  };

  private RecordComponents() {}

  static @Nullable Object read(Object record, String name) {
    MethodHandle accessor = ACCESSORS.get(record.getClass()).get(name);
    if (accessor == null) {
      throw new IllegalStateException(
          record.getClass().getName() + " has no record component " + name);
    }
    try {
      return (Object) accessor.invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + name, e);
    }
  }

  static boolean present(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    return !(value instanceof Collection<?> c) || !c.isEmpty();
  }

  private static Map<String, MethodHandle> accessors(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) {
      throw new IllegalStateException(type.getName() + " is not a record");
    }
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Map<String, MethodHandle> map = new HashMap<>();
    for (RecordComponent c : components) {
      try {
        map.put(c.getName(), lookup.unreflect(c.getAccessor()).asType(OBJECT_TO_OBJECT));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
      }
    }
    return Map.copyOf(map);
  }
}
