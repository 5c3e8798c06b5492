package de.integrationsplan.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text has between {@link #min()} and {@link #max()} characters, counted as Unicode code
 * points. {@code null} is valid.
 *
 * <p>Code points, not the UTF-16 units that {@code String.length()} and {@code @Size} count: the
 * published JSON Schema states the same limit as {@code minLength}/{@code maxLength}, and JSON
 * Schema counts code points there. So an emoji or a CJK character outside the Basic Multilingual
 * Plane is one character for both, and a text is accepted by the schema exactly when it is accepted
 * here. The text is not normalised first: {@code "é"} written as {@code e} and a combining accent is
 * two characters, as for JSON Schema.
 *
 * <p>The finding's code is {@code value.size}, with {@code min} and {@code max} as for {@code @Size}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.TextLengthValidator.class)
public @interface TextLength {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{value.size}";

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
   * The least number of code points.
   *
   * @return at least 0
   */
  int min() default 0;

  /**
   * The greatest number of code points.
   *
   * @return at least {@link #min()}
   */
  int max() default Integer.MAX_VALUE;
}
