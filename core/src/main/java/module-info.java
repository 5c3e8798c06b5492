/**
 * The integration plan (<em>Integrationsplan</em>) of municipal integration management: the model,
 * its rules, the JSON wire format and validation reports.
 *
 * <p>Exported: {@code de.integrationsplan.core.model} (the records),
 * {@code de.integrationsplan.core.validation} (validator and report),
 * {@code de.integrationsplan.core.validation.constraints} (the rules as annotations) and
 * {@code de.integrationsplan.core.json} (the codec) and {@code de.integrationsplan.core.privacy}
 * (redaction and anonymous statistics). Everything under {@code internal} is
 * implementation.
 */
@SuppressWarnings("module") // the qualified export names de.integrationsplan.schema, built later
module de.integrationsplan.core {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator; // its @CodePointLength sits on the records
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;

  exports de.integrationsplan.core.model;
  exports de.integrationsplan.core.validation;
  exports de.integrationsplan.core.validation.constraints;
  exports de.integrationsplan.core.json;
  exports de.integrationsplan.core.privacy;

  // the records are read and built reflectively by the validator and the codec
  opens de.integrationsplan.core.model to org.hibernate.validator, tools.jackson.databind;
  exports de.integrationsplan.core.internal.constraints to org.hibernate.validator;
  // the schema module reads documents into trees with the same configuration
  exports de.integrationsplan.core.internal to de.integrationsplan.schema;
}
