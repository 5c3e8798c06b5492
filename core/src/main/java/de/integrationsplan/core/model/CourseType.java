package de.integrationsplan.core.model;

/**
 * Type of a language or orientation course (<em>Kursart</em>): integration courses by §13 IntV, job-related language courses by §§12, 13 DeuFöV.
 */
public enum CourseType {
  /** Allgemeiner Integrationskurs (§13 Abs. 1 Nr. 1 IntV). */
  INTEGRATION_GENERAL,

  /** Integrationskurs mit Alphabetisierung (§13 Abs. 1 Nr. 2 IntV). */
  INTEGRATION_LITERACY,

  /** Integrationskurs für Zweitschriftlernende (§13 Abs. 1 Nr. 2 IntV). */
  INTEGRATION_SECOND_SCRIPT,

  /** Eltern- bzw. Frauenintegrationskurs (§13 Abs. 1 Nr. 3 IntV). */
  INTEGRATION_PARENTS,

  /** Jugendintegrationskurs (§13 Abs. 1 Nr. 4 IntV). */
  INTEGRATION_YOUTH,

  /** Förderkurs (§13 Abs. 1 Nr. 5 IntV). */
  INTEGRATION_REMEDIAL,

  /** Intensivkurs (§13 Abs. 1 Nr. 6 IntV). */
  INTEGRATION_INTENSIVE,

  /** Berufssprachkurs, Basismodul (§12 DeuFöV), target level B1 to C2. */
  JOB_LANGUAGE_BASIC,

  /** Berufssprachkurs, Spezialmodul (§13 DeuFöV), for example A2/B1 or for recognition. */
  JOB_LANGUAGE_SPECIAL,

  /** Erstorientierungskurs or a comparable low-threshold course. */
  INITIAL_ORIENTATION,

  /** Another course, for example a volunteer-run language café. */
  OTHER
}
