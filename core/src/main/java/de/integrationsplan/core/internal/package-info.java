/**
 * Implementation: argument checks, constraint validators, messages and JSON Pointers. Not API;
 * not exported, and free to change in any release. {@code Messages} holds the message of every
 * code; {@code FindingMessages} is the one place where a finding becomes text (place by the model's
 * labels, what is expected, the nearest allowed codes from {@code Suggestions}), for the reader, the
 * rule engine and the schema module alike.
 */
@NullMarked
package de.integrationsplan.core.internal;

import org.jspecify.annotations.NullMarked;
