/**
 * Implementation: argument checks, constraint validators, messages and JSON Pointers. Not API;
 * not exported, and free to change in any release.
 */
@NullMarked
package de.integrationsplan.core.internal;

import org.jspecify.annotations.NullMarked;
