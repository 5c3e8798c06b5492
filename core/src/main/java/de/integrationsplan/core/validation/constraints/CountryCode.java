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
 * The string is a current ISO 3166-1 alpha-2 country code ({@code SY}, {@code AF}), or the code
 * {@code XK} for Kosovo that German authorities use. With {@link #nationality()} the values
 * {@code STATELESS} (<em>staatenlos</em>) and {@code UNKNOWN} (<em>ungeklärt</em>) are accepted too.
 * {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.CountryCodeValidator.class)
public @interface CountryCode {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{value.countryCode}";

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
   * Whether {@code STATELESS} and {@code UNKNOWN} are accepted, as for a nationality.
   *
   * @return {@code true} for nationalities
   */
  boolean nationality() default false;
}
