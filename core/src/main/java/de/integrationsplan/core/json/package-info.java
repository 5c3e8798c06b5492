/**
 * The JSON wire format: {@link de.integrationsplan.core.json.PlanJson} reads and writes plans
 * strictly, within {@link de.integrationsplan.core.json.JsonLimits}, and reports a document it
 * cannot read as a {@link de.integrationsplan.core.json.PlanFormatException}.
 *
 * <p>Wire format: English camelCase property names, the model's component names; dates
 * {@code YYYY-MM-DD}; months {@code YYYY-MM}; timestamps RFC 3339 with offset; enum values
 * UPPER_SNAKE_CASE as the Java constants; {@code null} is never written and never accepted; empty
 * lists are left out; vendors add data only in {@code extensions}.
 */
@NullMarked
package de.integrationsplan.core.json;

import org.jspecify.annotations.NullMarked;
