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
 * A goal's typed target fits its area: a language target for {@code LANGUAGE}, a work target for
 * {@code WORK}, a recognition target for {@code RECOGNITION}, a housing target for {@code HOUSING},
 * an education target for {@code SCHOOL}, {@code VOCATIONAL_TRAINING_OR_STUDY} and
 * {@code CHILDREN_AND_FAMILY} (a place in childcare); the free-text
 * target fits every area.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = {de.integrationsplan.core.internal.constraints.TargetFitsAreaValidator.class,
    de.integrationsplan.core.internal.constraints.v2.TargetFitsAreaValidator.class})
public @interface TargetFitsArea {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.goal.targetAreaMismatch}";

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
