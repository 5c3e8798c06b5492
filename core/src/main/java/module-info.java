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
module de.integrationsplan.core {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator; // its @CodePointLength sits on the records
  requires tools.jackson.core;

  exports de.integrationsplan.core.model;
  exports de.integrationsplan.core.validation;
  exports de.integrationsplan.core.validation.constraints;
  exports de.integrationsplan.core.json;
  exports de.integrationsplan.core.privacy;

  // the records are read reflectively by Bean Validation providers behind @Valid
  opens de.integrationsplan.core.model;
  exports de.integrationsplan.core.internal.constraints to org.hibernate.validator;
}
