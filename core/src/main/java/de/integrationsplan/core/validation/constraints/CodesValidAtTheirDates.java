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
 * A coded value whose record dates the fact it describes ({@link de.integrationsplan.core.model.Coded#validAt()})
 * names a code that was valid at that date: a § 104c AufenthG title granted after 2025-12-31, a
 * parent integration course begun after such courses ended, get {@code plan.code.notValidAt}.
 * Meant as a warning ({@link Severities.Warning}): the date may be right and the law applied later,
 * or the code wrong.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.CodesValidAtTheirDatesValidator.class)
public @interface CodesValidAtTheirDates {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.code.notValidAt}";

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
