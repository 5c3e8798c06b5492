package de.integrationsplan.core.internal.check;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The {@link ConstraintValidatorContext} a custom validator sees during the pre-check. It only
 * answers "is there a violation?": building one, or anything else the pre-check does not model
 * (the clock, unwrapping to a provider's context), throws {@link Violated} and so fails the
 * pre-check, after which Hibernate Validator validates the plan as usual. Immutable, so one
 * context per constraint serves every thread.
 */
final class ProbeContext implements ConstraintValidatorContext {

  private final String template;

  ProbeContext(String template) {
    this.template = template;
  }

  @Override
  public void disableDefaultConstraintViolation() {
    // nothing to disable: the pre-check reports no violations, it only notices them
  }

  @Override
  public String getDefaultConstraintMessageTemplate() {
    return template;
  }

  @Override
  public ClockProvider getClockProvider() {
    throw Violated.INSTANCE;
  }

  @Override
  public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
    throw Violated.INSTANCE;
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw Violated.INSTANCE;
  }
}
