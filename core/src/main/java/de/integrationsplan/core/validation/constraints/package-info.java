/**
 * Bean Validation constraints of the integration plan that no JSON Schema can state.
 *
 * <p>The class-level rules ({@link de.integrationsplan.core.validation.constraints.DatesInOrder},
 * {@link de.integrationsplan.core.validation.constraints.CounsellingPeriodLimits},
 * {@link de.integrationsplan.core.validation.constraints.UniqueIds},
 * {@link de.integrationsplan.core.validation.constraints.ReferencesResolve},
 * {@link de.integrationsplan.core.validation.constraints.ReviewsWithinPeriod},
 * {@link de.integrationsplan.core.validation.constraints.StatusConsistent},
 * {@link de.integrationsplan.core.validation.constraints.TargetLevelAboveCurrent},
 * {@link de.integrationsplan.core.validation.constraints.TargetFitsArea},
 * {@link de.integrationsplan.core.validation.constraints.PersonConsistent},
 * {@link de.integrationsplan.core.validation.constraints.ValidCoding},
 * {@link de.integrationsplan.core.validation.constraints.GoalsHaveMeasures}) sit on the model's
 * records; the field-level ones ({@link de.integrationsplan.core.validation.constraints.CountryCode},
 * {@link de.integrationsplan.core.validation.constraints.LanguageCode},
 * {@link de.integrationsplan.core.validation.constraints.CodingSystem}) on their components. Every
 * constraint's message template is its stable code in braces, such as
 * {@code {plan.goal.dueBeforeAgreement}}; {@link de.integrationsplan.core.validation.PlanValidator}
 * turns it into a German or English message. The constraints work with any Jakarta Validation 3.1
 * provider set up on the class path, for example inside a Spring application.
 */
@NullMarked
package de.integrationsplan.core.validation.constraints;

import org.jspecify.annotations.NullMarked;
