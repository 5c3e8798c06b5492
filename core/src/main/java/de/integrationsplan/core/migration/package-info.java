/**
 * Migration of integration plans from format 1.0 to format 2.0.
 *
 * <p>{@link de.integrationsplan.core.migration.PlanMigration} turns a plan of format 1.0
 * ({@link de.integrationsplan.core.model.v1.IntegrationPlan}) into an equal plan of format 2.0
 * ({@link de.integrationsplan.core.model.v2.IntegrationPlan}) and says what it did:
 *
 * <pre>{@code
 * PlanMigration migration = PlanMigration.create();          // German findings; builder().locale(...) for English
 * Migration result = migration.migrate(plan);                 // a 1.0 plan, or a 2.0 plan passed through
 * de.integrationsplan.core.model.v2.IntegrationPlan migrated = result.plan();
 * for (ValidationIssue issue : result.issues()) {             // pointers into the 1.0 document
 *   System.out.println(issue);
 * }
 * }</pre>
 *
 * <p>What the migration does (decision 4 of the design of format 2.0, <em>migration keeps
 * everything</em>):
 *
 * <ul>
 *   <li>Enum constants of law-bound lists become codes of version {@code 2026-11-25} of their code
 *       list, which holds exactly format 1.0's constants, so a constant withdrawn later
 *       ({@code AUFENTHG_81_FICTION}, {@code MIGRATION_COUNSELLING}) stays valid; the plan's
 *       {@code codeLists} name that version of each list it uses ({@code 2026-12-01} for the lists
 *       that are new in format 2.0, {@code recognition-state} and {@code target-group}).
 *   <li>Values that format 2.0 types differently are converted: a recognition outcome
 *       {@code PENDING} or {@code NOT_APPLIED} is a state; the accommodation type
 *       (<em>Anschlussunterbringung</em> in shared accommodation) is a target group and a form of
 *       housing; the children of the household are members with ids; the responsible
 *       organisation is a municipality.
 *   <li>A value with no place in format 2.0 (a date that contradicts the recognition's state) is
 *       kept in the extension {@value PlanMigration#EXTENSION_URL} with its 1.0 pointer, and
 *       reported as {@code migration.keptInExtension}. Nothing is dropped silently.
 * </ul>
 *
 * <p>The migration does not validate: migrate a plan that is valid as 1.0
 * ({@link de.integrationsplan.core.validation.PlanValidator}), and validate the result as 2.0.
 * The table of every mapping, with its reason, is in {@code docs/migration.md}.
 */
@NullMarked
package de.integrationsplan.core.migration;

import org.jspecify.annotations.NullMarked;
