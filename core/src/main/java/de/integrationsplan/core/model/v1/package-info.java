/**
 * The integration plan (<em>Integrationsplan</em>) of municipal integration management in
 * Baden-Württemberg's <em>Pakt für Integration</em> in format 1.x, as immutable records.
 *
 * <p>Start at {@link de.integrationsplan.core.model.v1.IntegrationPlan} and its
 * {@linkplain de.integrationsplan.core.model.v1.IntegrationPlan#builder() builder}. The plan holds the
 * {@link de.integrationsplan.core.model.v1.Person} in <em>Anschlussunterbringung</em>, the
 * {@link de.integrationsplan.core.model.v1.CompetenceProfile} (schooling, qualifications and their
 * <em>Anerkennung</em>, language skills, courses), the agreed
 * {@linkplain de.integrationsplan.core.model.v1.Goal goals} with their typed
 * {@linkplain de.integrationsplan.core.model.v1.GoalTarget targets}, the
 * {@linkplain de.integrationsplan.core.model.v1.Measure measures} (<em>Maßnahmen</em>) and the
 * {@linkplain de.integrationsplan.core.model.v1.Review reviews} (<em>Fortschreibungen</em>).
 *
 * <p>Conventions:
 * <ul>
 *   <li>Component names are the JSON property names; enum constants are the JSON values.
 *   <li>Optional components are {@code @Nullable}; lists are never {@code null} but empty, and
 *       unmodifiable.
 *   <li>Constructors check only that required components are present and throw a
 *       {@link java.lang.NullPointerException} naming the component. All other rules are Bean
 *       Validation constraints, checked by {@link de.integrationsplan.core.validation.PlanValidator},
 *       so that every fault of a plan is reported at once.
 *   <li>Small closed lists are enums; ISO country and language codes are strings checked by
 *       constraints; classifications that change between editions (KldB 2010, ISCO-08, ESCO,
 *       ISCED-F) are a {@link de.integrationsplan.core.model.v1.Coding} with its edition.
 *   <li>{@code toString()} never prints personal data: it prints the type and, for the plan, goals,
 *       measures and qualifications, their technical id.
 * </ul>
 */
@NullMarked
package de.integrationsplan.core.model.v1;

import org.jspecify.annotations.NullMarked;
