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
 * The string is a language tag by {@link CodeLists#LANGUAGE_TAG}: an ISO 639-3 code ({@code prs} Dari, {@code kmr}
 * Kurmanji, {@code ckb} Sorani, {@code tir} Tigrinya), an ISO 639-1 code ({@code ar}), or a
 * BCP 47 tag built on one, in canonical case ({@code fa-AF}, {@code ku-Arab}). {@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.LanguageCodeValidator.class)
public @interface LanguageCode {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{value.languageCode}";

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
