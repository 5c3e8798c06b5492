/**
 * Testing your own software against the integration plan (<em>Integrationsplan</em>): the data and
 * the judges the library's own tests use, published so that every vendor of case-management
 * software can hold its validator, reader or exporter to the same standard.
 *
 * <h2>The conformance corpus</h2>
 *
 * {@link de.integrationsplan.testing.ConformanceCorpus#load()} gives the corpus: valid plans,
 * structural faults, rule faults and parser faults ({@link de.integrationsplan.testing.CaseKind}),
 * each a {@link de.integrationsplan.testing.ConformanceCase} with its document and the findings
 * every validator must report ({@link de.integrationsplan.testing.Verdict}, a set of
 * {@link de.integrationsplan.testing.Finding}: code, JSON Pointer, severity). Turn what your
 * validator reports into a verdict and ask the case where it disagrees: a complete validator
 * ({@code disagreements}) must report exactly the expected findings, a validator of the JSON Schema
 * alone ({@code schemaDisagreements}) must accept the valid and rule cases and report every
 * expected finding of each structural case.
 *
 * <h2>Mutants</h2>
 *
 * {@link de.integrationsplan.testing.PlanMutations} makes a
 * {@link de.integrationsplan.testing.Mutant} of a plan document, deterministically from a
 * {@link java.util.Random}: one structural fault the schema states, with the pointer where it must
 * be reported; one JSON token changed; raw bytes changed; and JSON values of every shape. The
 * valid plans to start from come from {@link de.integrationsplan.synthetic.SyntheticPlans}. What
 * was done is a {@link de.integrationsplan.testing.Mutation}.
 *
 * <h2>The reference</h2>
 *
 * {@link de.integrationsplan.testing.ReferenceOracle} says what the library says of any document:
 * the complete verdict of {@code PlanValidator} (structural findings, then the rules) and the
 * verdict of networknt's validation against the schema alone, which the structural half equals.
 * Compare your validator's verdict on a mutant with it. That the two agree is itself checked by
 * {@link de.integrationsplan.testing.ReaderAgreement}, which the library's tests run on the corpus,
 * on mutants and on fuzzed bytes.
 *
 * <p>Everything here is immutable and thread-safe; the corpus and the schema are read once.
 * Findings carry no messages, so that verdicts of validators in any language compare.
 */
@NullMarked
package de.integrationsplan.testing;

import org.jspecify.annotations.NullMarked;
