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
 * The plan's status fits its other data: a closure exactly when the status is
 * {@code COMPLETED} or {@code CLOSED} ({@code plan.closure.missing}, {@code plan.closure.unexpected}),
 * not before the counselling started ({@code plan.closure.beforeStart}); a consent once the plan is
 * no longer a draft ({@code plan.consent.missing}); no open plan after consent was withdrawn
 * ({@code plan.consent.withdrawnWhileOpen}).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = {de.integrationsplan.core.internal.constraints.StatusConsistentValidator.class,
    de.integrationsplan.core.internal.constraints.v2.StatusConsistentValidator.class})
public @interface StatusConsistent {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.status.inconsistent}";

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
