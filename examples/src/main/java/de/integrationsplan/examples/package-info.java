/**
 * Runnable examples of embedding the Integrationsplan SDK, compiled and run by the tests:
 * {@link de.integrationsplan.examples.Quickstart} is the README's Quickstart.
 */
@NullMarked
package de.integrationsplan.examples;

import org.jspecify.annotations.NullMarked;
