/**
 * The one view of the model: every record of the model packages
 * ({@code de.integrationsplan.core.model.v1}), read once by reflection into {@link de.integrationsplan.core.internal.model.RecordView}s and their
 * {@link de.integrationsplan.core.internal.model.Component}s (name, value kind, element type,
 * nullability, constraint annotations, data-protection class, accessor, canonical constructor), and
 * the model's German and English labels and descriptions ({@code texts_de.properties},
 * {@code texts_en.properties}), which the schema and the messages share.
 *
 * <p>This is the only place that lists a record's components by reflection. The reader, the rule engine,
 * redaction and the schema generator all read the model through it, so a change to a record is
 * seen the same way by each of them. Entry point: {@link de.integrationsplan.core.internal.model.ModelView}.
 */
@NullMarked
package de.integrationsplan.core.internal.model;

import org.jspecify.annotations.NullMarked;
