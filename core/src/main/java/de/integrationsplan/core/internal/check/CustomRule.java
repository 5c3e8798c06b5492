package de.integrationsplan.core.internal.check;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * One of our own constraints (or any {@code @Constraint} with exactly one validator): the
 * validator, initialised with the annotation as Hibernate Validator initialises it, asked with a
 * {@link ProbeContext}. Validators are shared between threads, as Hibernate Validator shares them.
 */
final class CustomRule implements Rule {

  private final ConstraintValidator<Annotation, Object> validator;
  private final ProbeContext context;

  CustomRule(ConstraintValidator<Annotation, Object> validator, String template) {
    this.validator = validator;
    this.context = new ProbeContext(template);
  }

  @Override
  public boolean test(@Nullable Object value) {
    return validator.isValid(value, context);
  }
}
