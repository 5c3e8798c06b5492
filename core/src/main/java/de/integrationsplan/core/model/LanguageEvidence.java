package de.integrationsplan.core.model;

/**
 * How a language level is known.
 */
public enum LanguageEvidence {
  /** Deutsch-Test für Zuwanderer (end of the integration course). */
  DTZ,

  /** A telc certificate. */
  TELC,

  /** A Goethe-Institut certificate. */
  GOETHE,

  /** TestDaF. */
  TESTDAF,

  /** Österreichisches Sprachdiplom. */
  OSD,

  /** A school certificate. */
  SCHOOL,

  /** The person's own assessment. */
  SELF_ASSESSMENT,

  /** The integration manager's assessment. */
  COUNSELLOR_ASSESSMENT,

  /** Other evidence. */
  OTHER
}
