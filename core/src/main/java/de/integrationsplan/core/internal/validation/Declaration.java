package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.constraints.Severities;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One constraint as the model declares it: where it sits, the severity its payload gives, its
 * default message template, and the arguments of its messages, which are the annotation's
 * attributes without {@code message}, {@code groups} and {@code payload}, the same map that Bean
 * Validation's {@code ConstraintDescriptor.getAttributes()} gives. Immutable.
 */
final class Declaration {

  final Annotation annotation;
  /** The record type it is declared on or in. */
  final Class<?> bean;
  /** The component's name, or {@code ""} for a class-level constraint. */
  final String property;
  /** Whether it is on the element type of the component's list. */
  final boolean element;
  final String template;
  final Severity severity;
  final Map<String, Object> arguments;

  Declaration(Annotation annotation, Class<?> bean, String property, boolean element) {
    this.annotation = annotation;
    this.bean = bean;
    this.property = property;
    this.element = element;
    Map<String, Object> attributes = attributes(annotation);
    this.template = (String) attributes.remove("message");
    attributes.remove("groups");
    List<Class<?>> payload = Arrays.asList((Class<?>[]) attributes.remove("payload"));
    this.severity = payload.contains(Severities.Warning.class) ? Severity.WARNING
        : payload.contains(Severities.Info.class) ? Severity.INFO : Severity.ERROR;
    this.arguments = Map.copyOf(attributes);
  }

  /**
   * Whether it is a class-level constraint: its violation builder starts at the bean node, which the
   * first property node replaces.
   */
  boolean onType() {
    return property.isEmpty();
  }

  /** Where it is declared, for messages about the model: {@code @NotBlank on Goal.id}. */
  @Override
  public String toString() {
    return "@" + annotation.annotationType().getSimpleName() + " on " + bean.getSimpleName()
        + (property.isEmpty() ? "" : "." + property) + (element ? "<element>" : "");
  }

  private static Map<String, Object> attributes(Annotation annotation) {
    Map<String, Object> attributes = new HashMap<>();
    for (Method m : annotation.annotationType().getDeclaredMethods()) {
      if (m.getParameterCount() != 0 || m.isSynthetic()) {
        continue;
      }
      try {
        m.setAccessible(true);
        attributes.put(m.getName(), m.invoke(annotation));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + m.getName() + " of " + annotation, e);
      }
    }
    return attributes;
  }
}
