/**
 * The published JSON Schema of the integration plan ({@link de.integrationsplan.schema.PlanSchema})
 * and schema-only validation with networknt's json-schema-validator
 * ({@link de.integrationsplan.schema.SchemaValidator}), for those who want exactly what other
 * vendors' schema validators see. The one entry point for validating documents is
 * {@code PlanValidator} in {@code de.integrationsplan.core}. The published code lists, genericode 1.0
 * and JSON, are in {@code de.integrationsplan.schema.codelist}
 * ({@link de.integrationsplan.schema.codelist.CodeListFiles}).
 */
module de.integrationsplan.schema {
  requires transitive de.integrationsplan.core;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  requires java.xml;

  exports de.integrationsplan.schema;
  exports de.integrationsplan.schema.codelist;
}
