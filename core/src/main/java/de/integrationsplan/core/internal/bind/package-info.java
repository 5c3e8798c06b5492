/**
 * The fast path of strict binding: a reader of the wire format on jackson-core's streaming parser
 * alone, built once per record type from the records' components. It either returns a plan or
 * declines; whatever it declines goes to the databind path, which gives the exact
 * {@link de.integrationsplan.core.json.PlanFormatException}. Not API; not exported.
 */
@NullMarked
package de.integrationsplan.core.internal.bind;

import org.jspecify.annotations.NullMarked;
