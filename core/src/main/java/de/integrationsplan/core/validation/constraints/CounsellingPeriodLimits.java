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
 * A counselling period (<em>Beratungszeitraum</em>), first and last day included, lasts at most three
 * years (it ends at the latest the day before the third anniversary of its start), four in justified
 * cases (VwV Integrationsmanagement): beyond three years it needs a justification, beyond four it
 * is not allowed. Codes {@code plan.counsellingPeriod.justificationRequired} and
 * {@code plan.counsellingPeriod.exceedsMaximum}, at {@code plannedEnd}.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = {de.integrationsplan.core.internal.constraints.CounsellingPeriodLimitsValidator.class,
    de.integrationsplan.core.internal.constraints.v2.CounsellingPeriodLimitsValidator.class})
public @interface CounsellingPeriodLimits {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.counsellingPeriod}";

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
