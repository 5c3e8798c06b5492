/**
 * The published JSON Schema of the integration plan, schema validation with networknt's
 * json-schema-validator, and {@link de.integrationsplan.schema.DocumentValidator}, the one entry
 * point that validates a JSON document completely.
 */
module de.integrationsplan.schema {
  requires transitive de.integrationsplan.core;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports de.integrationsplan.schema;
}
