package de.integrationsplan.core.internal.constraints;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads record components by name, for the generic class-level constraints: through getter handles
 * of their fields, made once per record type and kept in a {@link ClassValue} (field getters share
 * the JDK's lambda forms, so unlike accessor-method handles they spin no classes at start-up). A
 * validator makes one {@link Component} per name in {@code initialize}; it remembers the handle for
 * the record type it last read, which is always the same type, since a validator instance belongs
 * to one constraint declaration.
 */
final class RecordComponents {

  private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      return accessors(type);
    }
  };

  private RecordComponents() {}

  /** One named component, read from any record that has it. Thread-safe. */
  static final class Component {
    private final String name;
    // an immutable pair, published racily: every thread sees a complete pair or null
    private @Nullable Bound bound;

    Component(String name) {
      this.name = name;
    }

    /** Reads the component from {@code record}. */
    @Nullable Object read(Object record) {
      Bound b = bound;
      if (b == null || b.type() != record.getClass()) {
        b = new Bound(record.getClass(), accessor(record.getClass(), name));
        bound = b;
      }
      return invoke(b.getter(), record, name);
    }
  }

  private record Bound(Class<?> type, MethodHandle getter) {}

  private static MethodHandle accessor(Class<?> type, String name) {
    MethodHandle accessor = ACCESSORS.get(type).get(name);
    if (accessor == null) {
      throw new IllegalStateException(type.getName() + " has no record component " + name);
    }
    return accessor;
  }

  private static @Nullable Object invoke(MethodHandle getter, Object record, String name) {
    try {
      return (Object) getter.invokeExact(record);
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
    MethodType objectToObject = MethodType.methodType(Object.class, Object.class);
    Map<String, MethodHandle> map = new HashMap<>();
    for (RecordComponent c : components) {
      try {
        Field field = type.getDeclaredField(c.getName());
        field.setAccessible(true); // the model is in this module
        map.put(c.getName(), MethodHandles.lookup().unreflectGetter(field).asType(objectToObject));
      } catch (NoSuchFieldException | IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
      }
    }
    return Map.copyOf(map);
  }

}
