/**
 * Implementation: the validators of the constraints in
 * {@link de.integrationsplan.core.validation.constraints} for the records of format 2
 * ({@link de.integrationsplan.core.model.v2}). Not API.
 *
 * <p>A constraint that format 1 and format 2 share lists a validator of each package in its
 * {@code validatedBy}; Bean Validation and the library's rule engine choose the one for the type
 * validated. Validators with the same simple name do the same check on the two models; the logic
 * that does not depend on the model's types is shared with {@code internal.constraints}
 * ({@code Violations}, {@code Ids}, the period arithmetic, the comparison of language tags). Opened
 * to every module, as {@code internal.constraints} is, never exported.
 */
@NullMarked
package de.integrationsplan.core.internal.constraints.v2;

import org.jspecify.annotations.NullMarked;
