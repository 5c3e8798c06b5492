package de.integrationsplan.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every review (<em>Fortschreibung</em>) lies inside the counselling period: not before its start,
 * not after its planned end ({@code plan.review.outsideCounsellingPeriod}).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = {de.integrationsplan.core.internal.constraints.ReviewsWithinPeriodValidator.class,
    de.integrationsplan.core.internal.constraints.v2.ReviewsWithinPeriodValidator.class})
public @interface ReviewsWithinPeriod {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.review.outsideCounsellingPeriod}";

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
