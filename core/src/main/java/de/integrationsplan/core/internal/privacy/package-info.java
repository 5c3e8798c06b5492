/**
 * Implementation of {@link de.integrationsplan.core.privacy}: the reflective redaction pass over the
 * model's records, keyed pseudonyms, and small-cell suppression. Not API; not exported.
 */
@NullMarked
package de.integrationsplan.core.internal.privacy;

import org.jspecify.annotations.NullMarked;
