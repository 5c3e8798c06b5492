/**
 * Implementation: the validators of the constraints in
 * {@link de.integrationsplan.core.validation.constraints}. Not API.
 *
 * <p>Two kinds of caller make and run them. The library's own rule engine
 * ({@code internal.validation}) does, with a context that builds violations as Hibernate Validator
 * does. And any Jakarta Validation provider does, when an application validates a plan with
 * {@code @Valid} (Spring, Jakarta EE): so the package is opened to everyone, without being exported,
 * and each validator has a public constructor. A validator is initialised once per constraint
 * declaration and then shared between threads; it reports its findings at the place of the fault,
 * such as the <em>Zieldatum</em> of a goal, and never names a submitted value.
 */
@NullMarked
package de.integrationsplan.core.internal.constraints;

import org.jspecify.annotations.NullMarked;
