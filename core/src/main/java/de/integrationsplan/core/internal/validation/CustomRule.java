package de.integrationsplan.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * One of our own constraints (or any {@code @Constraint} with exactly one validator): the
 * validator, made and initialised with the annotation as Hibernate Validator makes and initialises
 * it, asked with the walk's {@link RuleContext}, which collects the violations it builds. Validators
 * are shared between threads, as Hibernate Validator shares them.
 */
final class CustomRule implements Rule {

  private final ConstraintValidator<Annotation, Object> validator;
  private final Declaration declaration;

  CustomRule(ConstraintValidator<Annotation, Object> validator, Declaration declaration) {
    this.validator = validator;
    this.declaration = declaration;
  }

  @Override
  public void check(@Nullable Object value, RuleContext context) {
    context.evaluate(validator, declaration, value);
  }
}
