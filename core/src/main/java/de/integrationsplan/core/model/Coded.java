package de.integrationsplan.core.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a component whose values are codes of a versioned code list, as XÖV's <em>Codelisten</em>
 * are: a string (or each string of a list) that must be a code of the version of the list that the
 * document declares. Law-bound vocabularies (the legal basis of residence, benefits, course types,
 * recognition procedures, ...) are code lists rather than enums, so that a change in the law is a
 * new version of a list, not a new schema.
 *
 * <pre>{@code @Coded(value = "legal-basis", validAt = "grantedOn") String legalBasis}</pre>
 *
 * <p>Membership in the declared version is an error; a code used for a fact dated outside the
 * code's validity (a § 104c AufenthG title granted after 2025-12-31) is a warning.
 */
@Documented
@Retention(RUNTIME)
@Target({RECORD_COMPONENT, FIELD})
public @interface Coded {

  /** What a code list's URN starts with, before its id: {@value}. */
  String URN_PREFIX = "urn:de:integrationsplan:codelist:";

  /**
   * The code list's id, the last part of its URN {@code urn:de:integrationsplan:codelist:<id>}.
   *
   * @return the id, such as {@code legal-basis}
   */
  String value();

  /**
   * The name of a date component of the same record that dates the fact the code describes; the
   * code's validity is checked at that date.
   *
   * @return the component's name, empty when the record has no such date
   */
  String validAt() default "";
}
