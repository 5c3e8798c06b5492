package de.integrationsplan.core.internal.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/** Adds violations at paths below the validated object, with a code as the template. */
public final class Violations {

  private Violations() {}

  /** Reports {@code code} at the validated object itself. */
  public static void atBean(ConstraintValidatorContext context, String code) {
    context.buildConstraintViolationWithTemplate("{" + code + "}").addConstraintViolation();
  }

  /** Reports {@code code} at a property of the validated object. */
  public static void at(ConstraintValidatorContext context, String code, String property) {
    context.buildConstraintViolationWithTemplate("{" + code + "}")
        .addPropertyNode(property)
        .addConstraintViolation();
  }

  /** Reports {@code code} at {@code list[index].property} of the validated object. */
  public static void at(ConstraintValidatorContext context, String code, String list, int index, String property) {
    context.buildConstraintViolationWithTemplate("{" + code + "}")
        .addPropertyNode(list)
        .addPropertyNode(property).inIterable().atIndex(index)
        .addConstraintViolation();
  }

  /** Reports {@code code} at {@code list[index].path[0].path[1]...} of the validated object. */
  public static void at(ConstraintValidatorContext context, String code, String list, int index, String... path) {
    NodeBuilderDefinedContext defined = context.buildConstraintViolationWithTemplate("{" + code + "}")
        .addPropertyNode(list)
        .addPropertyNode(path[0]).inIterable().atIndex(index);
    if (path.length == 1) {
      defined.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext node = defined.addPropertyNode(path[1]);
    for (int i = 2; i < path.length; i++) {
      node = node.addPropertyNode(path[i]);
    }
    node.addConstraintViolation();
  }

  /**
   * Reports {@code code} at the element {@code list[index].inner[innerIndex]}: a string in a list
   * of strings inside a list of records, such as {@code measures[2].goalIds[0]}.
   */
  public static void atElement(ConstraintValidatorContext context, String code, String list, int index,
      String inner, int innerIndex) {
    context.buildConstraintViolationWithTemplate("{" + code + "}")
        .addPropertyNode(list)
        .addPropertyNode(inner).inIterable().atIndex(index)
        .addContainerElementNode("<list element>", java.util.List.class, 0).inIterable().atIndex(innerIndex)
        .addConstraintViolation();
  }
}
