package de.integrationsplan.core.internal.check;

import java.lang.invoke.MethodHandle;
import org.jspecify.annotations.Nullable;

/**
 * The compiled rules of one record type: its class-level constraints, then each component's
 * constraints and cascades. Used as the rule of a {@code @Valid} cascade too: {@code null} is valid,
 * as Hibernate Validator does not cascade into {@code null}.
 */
final class RecordCheck implements Rule {

  private final Class<?> type;
  private Rule[] classRules = {};
  private MethodHandle[] accessors = {};
  private Rule[][] componentRules = {};

  RecordCheck(Class<?> type) {
    this.type = type;
  }

  /** Completes the check; called once by the compiler, before the check is published. */
  void define(Rule[] classRules, MethodHandle[] accessors, Rule[][] componentRules) {
    this.classRules = classRules;
    this.accessors = accessors;
    this.componentRules = componentRules;
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
    for (int i = 0; i < accessors.length; i++) {
      Object component = read(accessors[i], value);
      for (Rule rule : componentRules[i]) {
        if (!rule.test(component)) {
          return false;
        }
      }
    }
    return true;
  }

  private static @Nullable Object read(MethodHandle accessor, Object record) {
    try {
      return (Object) accessor.invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
