/**
 * Synthetic integration plans (<em>Integrationspläne</em>) for tests, demos and benchmarks.
 *
 * <p>The entry point is {@link de.integrationsplan.synthetic.SyntheticPlans}: built once from a seed
 * and a reference date (<em>Stichtag</em>), immutable and thread-safe, it yields an endless,
 * reproducible sequence of plans, each of them valid by construction (no errors and no warnings
 * from {@link de.integrationsplan.core.validation.PlanValidator} and the JSON Schema).
 *
 * <pre>{@code
 * SyntheticPlans generator = SyntheticPlans.builder()
 *     .seed(7)
 *     .referenceDate(LocalDate.of(2026, 11, 25))
 *     .build();
 * IntegrationPlan first = generator.plan(0);
 * generator.stream(1_000).forEach(plan -> ...);
 * generator.writeNdjson(100_000, System.out);     // one compact JSON plan per line
 * }</pre>
 *
 * <p>The same generator writes format 2.0 ({@code model.v2.IntegrationPlan}):
 * {@code generator.plan(0, de.integrationsplan.core.model.v2.IntegrationPlan.class)} is the 1.0 plan
 * of index 0 with what 2.0 adds, every code from the version of its list that the plan declares.
 *
 * <p>The people are drawn from documented, rough distributions for refugees and people displaced from
 * Ukraine in <em>Anschlussunterbringung</em> in Baden-Württemberg (nationality, languages, legal
 * basis, age, household, schooling, qualifications and their <em>Anerkennung</em>, German levels,
 * courses) and the plans from the practice of the <em>Integrationsmanagement</em> (goals per
 * <em>Handlungsfeld</em>, measures, <em>Fortschreibungen</em>, closures). Plans carry pseudonyms
 * only, never names or dates of birth, and a marker extension that names them as synthetic.
 */
@NullMarked
package de.integrationsplan.synthetic;

import org.jspecify.annotations.NullMarked;
