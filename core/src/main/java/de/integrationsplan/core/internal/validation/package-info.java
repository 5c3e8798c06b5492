/**
 * Implementation: the rule engine behind {@link de.integrationsplan.core.validation.PlanValidator}.
 * Not API.
 *
 * <p>{@link de.integrationsplan.core.internal.validation.PlanRules} is the entry point. On first use
 * the compiler reads every constraint of the model through the one view of the records
 * ({@code internal.model}): class-level rules such as {@code @DatesInOrder} on a <em>Ziel</em>,
 * constraints on components and on a list's elements, and the {@code @Valid} cascades from the plan
 * down to the <em>Kompetenzprofil</em> and its qualifications. It compiles them into one tree of
 * rules per record type: the built-in constraints of Bean Validation decided exactly as Hibernate
 * Validator decides them, and our own constraints run through their own validators. Whatever it
 * cannot decide exactly stops the compilation: no rule is ever left out silently.
 *
 * <p>One walk over a plan then checks every rule and reports every violation: the stable code from
 * the message template, the JSON Pointer (RFC 6901) of the place, the severity from the payload, the
 * message in German or English. Our validators see a {@code ConstraintValidatorContext} that builds
 * their violations' paths as Hibernate Validator's does. A valid plan costs one small object: paths
 * are only made, on the way back out of the walk, for the violations there are.
 *
 * <p>Hibernate Validator is the judge, in the tests: the compiled constraints equal its metadata,
 * and on generated and mutated plans its report and this engine's are the same.
 */
@NullMarked
package de.integrationsplan.core.internal.validation;

import org.jspecify.annotations.NullMarked;
