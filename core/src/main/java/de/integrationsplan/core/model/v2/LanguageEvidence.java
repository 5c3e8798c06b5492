package de.integrationsplan.core.model.v2;

/**
 * How a language level is known.
 */
public enum LanguageEvidence {
  /** Deutsch-Test für Zuwanderer (end of the integration course). */
  DTZ,

  /** Deutsch-Test für den Beruf (DTB), at the end of a job-related language course. */
  DTB,

  /** A telc certificate. */
  TELC,

  /** A Goethe-Institut certificate. */
  GOETHE,

  /** TestDaF. */
  TESTDAF,

  /** Österreichisches Sprachdiplom. */
  OSD,

  /**
   * A professional language examination (<em>Fachsprachprüfung</em>) of a chamber or authority,
   * for example for doctors and pharmacists before their <em>Approbation</em>.
   */
  PROFESSIONAL_LANGUAGE_EXAM,

  /** A school certificate. */
  SCHOOL,

  /** The person's own assessment. */
  SELF_ASSESSMENT,

  /** The integration manager's assessment. */
  COUNSELLOR_ASSESSMENT,

  /** Other evidence. */
  OTHER
}
