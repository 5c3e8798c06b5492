package de.integrationsplan.core.model.v2;

/**
 * Sex as recorded in German civil status (<em>Geschlechtseintrag</em>, §22 Abs. 3 PStG).
 */
public enum Sex {
  /** weiblich */
  FEMALE,

  /** männlich */
  MALE,

  /** divers */
  DIVERSE,

  /** ohne Angabe */
  UNSPECIFIED
}
