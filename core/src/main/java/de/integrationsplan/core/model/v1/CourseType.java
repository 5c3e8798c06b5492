package de.integrationsplan.core.model.v1;

/**
 * Type of a language or orientation course (<em>Kursart</em>): integration courses under the Integrationskursverordnung (IntV), job-related language courses (<em>Berufssprachkurse</em>) under the DeuFöV.
 */
public enum CourseType {
  /** Allgemeiner Integrationskurs. */
  INTEGRATION_GENERAL,

  /** Integrationskurs mit Alphabetisierung. */
  INTEGRATION_LITERACY,

  /** Integrationskurs für Zweitschriftlernende. */
  INTEGRATION_SECOND_SCRIPT,

  /** Eltern- bzw. Frauenintegrationskurs. */
  INTEGRATION_PARENTS,

  /** Jugendintegrationskurs. */
  INTEGRATION_YOUTH,

  /** Förderkurs. */
  INTEGRATION_REMEDIAL,

  /** Intensivkurs. */
  INTEGRATION_INTENSIVE,

  /** Basisberufssprachkurs (§12 DeuFöV), target level B2, C1 or C2. */
  JOB_LANGUAGE_BASIC,

  /** Spezialberufssprachkurs (§13 DeuFöV), for example A2 or B1, or for the recognition of a profession. */
  JOB_LANGUAGE_SPECIAL,

  /** Erstorientierungskurs or a comparable low-threshold course. */
  INITIAL_ORIENTATION,

  /** Another course, for example a volunteer-run language café. */
  OTHER
}
