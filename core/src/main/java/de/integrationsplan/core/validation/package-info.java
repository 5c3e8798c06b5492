/**
 * Validation of integration plans: {@link de.integrationsplan.core.validation.PlanValidator} is the
 * entry point, {@link de.integrationsplan.core.validation.ValidationReport} with its
 * {@link de.integrationsplan.core.validation.ValidationIssue}s the result.
 *
 * <p>Every issue has a {@link de.integrationsplan.core.validation.Severity}, a stable code
 * ({@code plan.goal.dueBeforeAgreement}, {@code json.unknownProperty}, {@code value.required}), a
 * JSON Pointer (RFC 6901) to the place, its {@link de.integrationsplan.core.validation.IssueSource},
 * and a message in German or English that a caseworker can act on and that never repeats the
 * submitted value. {@link de.integrationsplan.core.validation.Codes} is the vocabulary of codes:
 * every code's message, and its entry in the catalogue
 * ({@link de.integrationsplan.core.validation.CodeExplanation}: what the rule means, its legal or
 * practical anchor, an example of the fault and of the fix).
 */
@NullMarked
package de.integrationsplan.core.validation;

import org.jspecify.annotations.NullMarked;
