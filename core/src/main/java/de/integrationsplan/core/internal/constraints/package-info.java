/**
 * Implementation: the validators of the constraints in
 * {@link de.integrationsplan.core.validation.constraints}. Not API.
 */
@NullMarked
package de.integrationsplan.core.internal.constraints;

import org.jspecify.annotations.NullMarked;
