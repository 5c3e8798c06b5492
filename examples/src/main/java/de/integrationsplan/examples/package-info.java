/**
 * Runnable examples of embedding the Integrationsplan SDK, compiled and run by the tests. Each is
 * shown line for line in the README or in {@code docs/}, and the tests check that it still is:
 *
 * <ul>
 *   <li>{@link de.integrationsplan.examples.Quickstart}: the README's Quickstart;
 *   <li>{@link de.integrationsplan.examples.ValidatingDocuments}: complete, schema-only and English
 *       validation;
 *   <li>{@link de.integrationsplan.examples.GeneratingPlans}: synthetic plans;
 *   <li>{@link de.integrationsplan.examples.RedactingPlans}: redaction (<em>Pseudonymisierung</em>);
 *   <li>{@link de.integrationsplan.examples.CountingPlans}: statistics at a <em>Stichtag</em>;
 *   <li>{@link de.integrationsplan.examples.TestingYourSoftware}: a vendor's validator held to the
 *       conformance corpus and to mutants.
 * </ul>
 */
@NullMarked
package de.integrationsplan.examples;

import org.jspecify.annotations.NullMarked;
