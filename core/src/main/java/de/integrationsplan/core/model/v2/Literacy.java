package de.integrationsplan.core.model.v2;

/**
 * Literacy of the person (<em>Alphabetisierung</em>).
 */
public enum Literacy {
  /** Literate in Latin script. */
  LATIN_SCRIPT,

  /** Literate only in another script, for example Arabic or Tigrinya script (<em>Zweitschriftlernende</em>). */
  OTHER_SCRIPT_ONLY,

  /** Not literate in any script (<em>primäre Analphabetin, primärer Analphabet</em>). */
  NOT_LITERATE
}
