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
 * A completed or closed plan is settled (format 2): no goal still pursued
 * ({@code plan.closure.openGoal}), no measure still planned or running ({@code plan.closure.openMeasure}),
 * no review after the closure ({@code plan.closure.reviewAfterClosure}) and a closure reason that
 * fits the status ({@code plan.closure.reasonMismatch}): {@code GOALS_ACHIEVED} only for a
 * completed plan; {@code MOVED_AWAY}, {@code CONTACT_LOST}, {@code CONSENT_WITHDRAWN},
 * {@code DEPARTED} and {@code DECEASED} only for a closed one.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.v2.ClosureConsistentValidator.class)
public @interface ClosureConsistent {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.closure.inconsistent}";

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
