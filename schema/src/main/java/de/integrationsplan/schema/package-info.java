/**
 * The published JSON Schema of the integration plan, and schema-only validation with it.
 *
 * <ul>
 *   <li>{@link de.integrationsplan.schema.PlanSchema}: the schema file (draft 2020-12), its
 *       {@code $id} and version, and the data-protection keyword {@code x-personal-data}.
 *   <li>{@link de.integrationsplan.schema.SchemaValidator}: a document against the schema alone,
 *       with networknt's json-schema-validator, exactly as every other vendor's schema validator
 *       sees it: no rules between values.
 * </ul>
 *
 * <p>To validate documents in an application, use
 * {@link de.integrationsplan.core.validation.PlanValidator} from {@code core}: its reader checks
 * everything the schema states and reports it with the same codes ({@code schema.<keyword>}) at the
 * same JSON Pointers, much faster, and then checks the rules. The tests hold the two to each other on
 * the conformance corpus and on mutated documents.
 */
@NullMarked
package de.integrationsplan.schema;

import org.jspecify.annotations.NullMarked;
