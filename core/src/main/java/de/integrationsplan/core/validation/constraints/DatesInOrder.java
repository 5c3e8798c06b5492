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
 * Two date or time components of a record are in order: {@link #second()} is not before
 * {@link #first()} (or strictly after it, with {@link #strict()}). A pair with a missing value is
 * valid. The finding points at the second component.
 *
 * <p>Repeatable: {@code @DatesInOrder(first = "appliedOn", second = "decidedOn",
 * message = "{plan.recognition.decisionBeforeApplication}")}.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.DatesInOrderValidator.class)
@java.lang.annotation.Repeatable(DatesInOrder.List.class)
public @interface DatesInOrder {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.datesOutOfOrder}";

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

  /**
   * The earlier component's name.
   *
   * @return a record component name
   */
  String first();

  /**
   * The later component's name, where a finding points.
   *
   * @return a record component name
   */
  String second();

  /**
   * Whether equal values are out of order too.
   *
   * @return {@code true} when the second must be strictly after the first
   */
  boolean strict() default false;

  /** Several pairs on one record. */
  @Documented
  @Retention(RUNTIME)
  @Target({TYPE, ANNOTATION_TYPE})
  @interface List {
    /**
     * The pairs.
     *
     * @return the pairs
     */
    DatesInOrder[] value();
  }
}
