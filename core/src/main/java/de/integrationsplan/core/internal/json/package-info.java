/**
 * The one reader and the writer of the wire format, on jackson-core's streaming parser and
 * generator alone.
 *
 * <p>{@link de.integrationsplan.core.internal.json.DocumentReader} is the entry point: one pass over
 * a document that binds a sound one to the records and, for any other, is the diagnosis. What it
 * checks is compiled once per record type by the package-private {@code ShapeCompiler} from
 * {@link de.integrationsplan.core.internal.model.ModelView}: one {@code ValueShape} per component
 * (text, integer, boolean, date and time, enum, list, record, an extension's free JSON value), each
 * holding the structural half of the component's constraints, the part the published JSON Schema
 * states. A shape reads its value, or records each fault with the schema keyword's code, the pointer
 * from the parser's context and the line and column ({@code Findings}), skips the value and lets
 * reading go on; nothing of a faulty document is built. Faults no schema can see end the reading
 * ({@code Fatal}, Jackson's own exceptions).
 *
 * <p>{@link de.integrationsplan.core.internal.json.Structure} tells the rule engine which constraints
 * the reader already holds exactly; {@link de.integrationsplan.core.internal.json.PlanWriter} writes
 * plans back through the same view. The tests hold the reader to networknt, finding for finding.
 */
@NullMarked
package de.integrationsplan.core.internal.json;

import org.jspecify.annotations.NullMarked;
