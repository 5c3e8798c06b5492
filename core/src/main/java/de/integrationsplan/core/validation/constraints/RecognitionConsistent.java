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
 * A recognition's dates, outcome and compensation measure fit its state (format 2): no application
 * date while not applied ({@code plan.recognition.appliedWhileNotApplied}), no decision date before
 * a decision ({@code plan.recognition.decidedWhilePending}), an outcome only once decided or appealed
 * ({@code plan.recognition.outcomeBeforeDecision}), a compensation measure only with the outcome
 * {@code COMPENSATION_MEASURE_REQUIRED} ({@code plan.recognition.compensationWithoutRequirement}).
 * States and outcomes are codes of the lists {@code recognition-state} and
 * {@code recognition-outcome}; a code the rule does not know is left alone.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.v2.RecognitionConsistentValidator.class)
public @interface RecognitionConsistent {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.recognition.inconsistent}";

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
