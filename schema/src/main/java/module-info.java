/**
 * The published JSON Schema of the integration plan ({@link de.integrationsplan.schema.PlanSchema})
 * and schema-only validation with networknt's json-schema-validator
 * ({@link de.integrationsplan.schema.SchemaValidator}), for those who want exactly what other
 * vendors' schema validators see. The one entry point for validating documents is
 * {@code PlanValidator} in {@code de.integrationsplan.core}.
 */
module de.integrationsplan.schema {
  requires transitive de.integrationsplan.core;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports de.integrationsplan.schema;
}
