/**
 * Implementation: argument checks, constraint validators, messages, the catalogue of codes
 * ({@link de.integrationsplan.core.internal.Catalogue}) and JSON Pointers. Not API;
 * not exported, and free to change in any release.
 */
@NullMarked
package de.integrationsplan.core.internal;

import org.jspecify.annotations.NullMarked;
