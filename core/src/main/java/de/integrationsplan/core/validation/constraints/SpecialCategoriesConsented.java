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
 * Special categories of personal data (Art. 9 GDPR) only with the consent for them (Art. 9 Abs. 2
 * lit. a GDPR, the scope {@code SPECIAL_CATEGORIES}): every value of a component classified
 * {@link de.integrationsplan.core.model.PersonalData.Category#SPECIAL_CATEGORY} that is present (a
 * disability, free text that may hold health data), every goal, development or counselling topic of
 * the area {@code HEALTH}, every code its code list marks as revealing a special category (the
 * measure kind {@code HEALTH_CARE}), is reported at its place ({@code plan.consent.specialCategoriesMissing})
 * when the consent lacks that scope. A plan entered in error is left alone (format 2).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, ANNOTATION_TYPE})
@SuppressWarnings("exports") // the validator's package is opened to every provider, not exported
@Constraint(validatedBy = de.integrationsplan.core.internal.constraints.v2.SpecialCategoriesConsentedValidator.class)
public @interface SpecialCategoriesConsented {

  /**
   * The message template: the finding's stable code in braces.
   *
   * @return the template
   */
  String message() default "{plan.consent.specialCategoriesMissing}";

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
