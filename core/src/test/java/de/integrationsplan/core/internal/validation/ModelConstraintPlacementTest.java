package de.integrationsplan.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Constraints sit only where the rule engine reads them: on the records and their components. The
 * compiler reads just those, so a constraint elsewhere would be one Hibernate Validator checks and the
 * engine does not see. Hibernate Validator also validates getters ({@code getX()}, {@code isX()},
 * {@code hasX()}) and constraints inherited from interfaces; the record accessors carry their
 * components' annotations, but are no getters by name, so they are checked by method validation only.
 * This is checked here, once per build, and not at every start.
 */
final class ModelConstraintPlacementTest {

  @Test
  void noMethodOfARecordCarriesAConstraintButTheAccessors() {
    List<String> found = new ArrayList<>();
    for (RecordView view : ModelView.records()) {
      Set<String> accessors = new HashSet<>();
      for (Component c : view.components()) {
        accessors.add(c.name());
      }
      for (Method m : view.type().getDeclaredMethods()) {
        boolean accessor = accessors.contains(m.getName()) && m.getParameterCount() == 0;
        if (annotatedForValidation(m) && (!accessor || getterLike(m.getName()))) {
          found.add(view.name() + "." + m.getName() + "()");
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void noOtherFieldOfARecordCarriesAConstraint() {
    List<String> found = new ArrayList<>();
    for (RecordView view : ModelView.records()) {
      Set<String> components = new HashSet<>();
      for (Component c : view.components()) {
        components.add(c.name());
      }
      for (Field f : view.type().getDeclaredFields()) {
        if (!components.contains(f.getName()) && (validationRelated(f.getDeclaredAnnotations())
            || validationRelated(f.getAnnotatedType()))) {
          found.add(view.name() + "." + f.getName());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void noInterfaceOfARecordCarriesAConstraint() {
    List<String> found = new ArrayList<>();
    for (RecordView view : ModelView.records()) {
      interfaces(view.type(), new HashSet<>(), found);
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theChecksSeeAConstraintOnAMethod() throws NoSuchMethodException {
    assertThat(annotatedForValidation(WithGetter.class.getDeclaredMethod("getS"))).isTrue();
    assertThat(annotatedForValidation(WithGetter.class.getDeclaredMethod("s"))).isFalse();
    assertThat(getterLike("getS")).isTrue();
    assertThat(getterLike("goals")).isFalse();
  }

  record WithGetter(String s) {
    @jakarta.validation.constraints.NotBlank
    public String getS() {
      return s;
    }
  }

  private static void interfaces(Class<?> type, Set<Class<?>> seen, List<String> found) {
    for (Class<?> i : type.getInterfaces()) {
      if (!seen.add(i)) {
        continue;
      }
      if (validationRelated(i.getDeclaredAnnotations())) {
        found.add(i.getName());
      }
      for (Method m : i.getDeclaredMethods()) {
        if (annotatedForValidation(m)) {
          found.add(i.getName() + "." + m.getName() + "()");
        }
      }
      interfaces(i, seen, found);
    }
  }

  private static boolean annotatedForValidation(Method m) {
    return validationRelated(m.getDeclaredAnnotations()) || validationRelated(m.getAnnotatedReturnType());
  }

  /** Whether the type or any type argument in it, however deep, carries a constraint. */
  private static boolean validationRelated(AnnotatedType type) {
    if (validationRelated(type.getDeclaredAnnotations())) {
      return true;
    }
    if (type instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
        if (validationRelated(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean validationRelated(Annotation[] annotations) {
    for (Annotation a : annotations) {
      String name = a.annotationType().getName();
      if (a.annotationType().isAnnotationPresent(Constraint.class) || name.startsWith("jakarta.validation.")
          || name.startsWith("org.hibernate.validator.") || containsConstraints(a)) {
        return true;
      }
    }
    return false;
  }

  /** A repeatable constraint's container, such as {@code @DatesInOrder.List}. */
  private static boolean containsConstraints(Annotation a) {
    try {
      Class<?> value = a.annotationType().getMethod("value").getReturnType();
      return value.isArray() && value.getComponentType().isAnnotationPresent(Constraint.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean getterLike(String name) {
    for (String prefix : new String[] {"get", "is", "has"}) {
      if (name.length() > prefix.length() && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return true;
      }
    }
    return false;
  }
}
