package de.integrationsplan.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A warning for a plan still active or on hold after the planned end of its counselling period
 * ({@code plan.counsellingPeriod.passedWhileActive}). The day compared is the plan's own, never the
 * day of validation, so that a result does not change with the day it is made: the latest of the
 * days of {@code created}, {@code updated}, the status changes, the counselling contacts and the
 * reviews. Use it with {@code payload = Severities.Warning.class}.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.v2.ActiveWithinPeriodValidator.class)
public @interface ActiveWithinPeriod {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.counsellingPeriod.passedWhileActive}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload; {@link Severities.Warning} or {@link Severities.Info} lower the severity.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
