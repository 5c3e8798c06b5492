package de.integrationsplan.core.internal.check;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import org.jspecify.annotations.Nullable;

/**
 * The compiled rules of one record type: its class-level constraints, then each component's
 * constraints and cascades. Used as the rule of a {@code @Valid} cascade too: {@code null} is valid,
 * as Hibernate Validator does not cascade into {@code null}.
 */
final class RecordCheck implements Rule {

  private final Class<?> type;
  private Rule[] classRules = {};
  private MethodHandle[] fields = {};
  private Rule[][] componentRules = {};

  RecordCheck(Class<?> type) {
    this.type = type;
  }

  /** Completes the check; called once by the compiler, before the check is published. */
  void define(Rule[] classRules, Field[] fields, Rule[][] componentRules) {
    this.classRules = classRules;
    // components without rules are not read at all
    int n = 0;
    for (Rule[] rules : componentRules) {
      n += rules.length == 0 ? 0 : 1;
    }
    this.fields = new MethodHandle[n];
    this.componentRules = new Rule[n][];
    for (int i = 0, j = 0; i < fields.length; i++) {
      if (componentRules[i].length > 0) {
        this.fields[j] = getter(fields[i]);
        this.componentRules[j++] = componentRules[i];
      }
    }
  }

  Class<?> type() {
    return type;
  }

  @Override
  public boolean test(@Nullable Object value) {
    if (value == null) {
      return true;
    }
    for (Rule rule : classRules) {
      if (!rule.test(value)) {
        return false;
      }
    }
    for (int i = 0; i < fields.length; i++) {
      Object component = read(fields[i], value);
      for (Rule rule : componentRules[i]) {
        if (!rule.test(component)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A getter handle of the field: field getters share their lambda forms, so none is spun per field. */
  private static MethodHandle getter(Field field) {
    try {
      return MethodHandles.lookup().unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable Object read(MethodHandle getter, Object record) {
    try {
      return (Object) getter.invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }


}
