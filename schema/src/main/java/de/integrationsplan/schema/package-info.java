/**
 * The published JSON Schema of the integration plan and the validators that use it.
 *
 * <ul>
 *   <li>{@link de.integrationsplan.schema.PlanSchema}: the schema file (draft 2020-12), its
 *       {@code $id} and version.
 *   <li>{@link de.integrationsplan.schema.DocumentValidator}: the entry point for JSON documents:
 *       strict reading, schema, then the rules, in one report.
 *   <li>{@link de.integrationsplan.schema.SchemaValidator}: the schema alone, as every other
 *       vendor's validator sees it.
 * </ul>
 */
@NullMarked
package de.integrationsplan.schema;

import org.jspecify.annotations.NullMarked;
