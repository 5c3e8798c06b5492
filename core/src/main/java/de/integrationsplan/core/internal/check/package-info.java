/**
 * Implementation: the pre-check of {@link de.integrationsplan.core.validation.PlanValidator}. It is
 * compiled once from the constraint annotations of the model records, without booting Bean
 * Validation, and answers one question only: does a plan satisfy every rule (errors, warnings and
 * information alike)? When it does not, or when it is in any doubt, the validator asks Hibernate
 * Validator for the report. Not API.
 */
@NullMarked
package de.integrationsplan.core.internal.check;

import org.jspecify.annotations.NullMarked;
