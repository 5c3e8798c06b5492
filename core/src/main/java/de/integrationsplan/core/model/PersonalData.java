package de.integrationsplan.core.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * How a component of the plan is classified under data protection (GDPR). Every record component of
 * the model carries exactly one classification; the JSON Schema publishes it as the keyword
 * {@code x-personal-data} with the value in lower case ({@code identifying}, {@code special-category},
 * {@code ordinary}).
 *
 * <p>The whole plan is personal data about one person. The classification says how much care a
 * value needs when plans are exchanged or counted: identifying values are removed or pseudonymised,
 * special categories (Art. 9 GDPR, such as health) and free text that may hold them are left out of
 * exchange and statistics, ordinary values stay.
 */
@Documented
@Retention(RUNTIME)
@Target({RECORD_COMPONENT, FIELD})
public @interface PersonalData {

  /**
   * The classification.
   *
   * @return the category
   */
  Category value();

  /** The categories, from most to least protected. */
  enum Category {
    /** Identifies the person or another person directly, or links records: names, birth date, ids, pseudonyms. */
    IDENTIFYING,
    /**
     * A special category of personal data (Art. 9 GDPR, such as health), or free text that may hold
     * one.
     */
    SPECIAL_CATEGORY,
    /** Personal data of ordinary sensitivity, such as a goal's area or a course's status. */
    ORDINARY;

    /**
     * The value of the schema keyword {@code x-personal-data}.
     *
     * @return {@code identifying}, {@code special-category} or {@code ordinary}
     */
    public String schemaValue() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
