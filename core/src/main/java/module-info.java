/**
 * The integration plan (<em>Integrationsplan</em>) of municipal integration management: the model,
 * its rules, the JSON wire format and validation reports.
 *
 * <p>Exported: {@code de.integrationsplan.core.model.v1} (the records of format 1.x),
 * {@code de.integrationsplan.core.model.v2} (the records of format 2.x),
 * {@code de.integrationsplan.core.model} (the data-protection classification they share),
 * {@code de.integrationsplan.core.validation} (validator and report),
 * {@code de.integrationsplan.core.validation.constraints} (the rules as annotations) and
 * {@code de.integrationsplan.core.json} (the codec), {@code de.integrationsplan.core.privacy}
 * (redaction and anonymous statistics) and {@code de.integrationsplan.core.codelist} (the versioned
 * code lists). Everything under {@code internal} is
 * implementation.
 *
 * <p>The rules need Jakarta Validation's annotations only, not a provider: the library checks them
 * itself. An application that validates plans with {@code @Valid} brings its own provider, which
 * reads the records and makes our constraints' validators reflectively: both packages are opened to
 * every module, so that any provider can, while the validators stay out of the API.
 */
module de.integrationsplan.core {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires tools.jackson.core;

  exports de.integrationsplan.core.model;
  exports de.integrationsplan.core.model.v1;
  exports de.integrationsplan.core.model.v2;
  exports de.integrationsplan.core.validation;
  exports de.integrationsplan.core.validation.constraints;
  exports de.integrationsplan.core.json;
  exports de.integrationsplan.core.privacy;
  exports de.integrationsplan.core.codelist;
  exports de.integrationsplan.core.migration;

  // the records are read reflectively by any Bean Validation provider behind @Valid
  opens de.integrationsplan.core.model;
  opens de.integrationsplan.core.model.v1;
  opens de.integrationsplan.core.model.v2;
  // our constraints' validators, made by any Bean Validation provider; not API, so opened, not exported
  opens de.integrationsplan.core.internal.constraints;
  opens de.integrationsplan.core.internal.constraints.v2;
}
