package de.integrationsplan.core.model.v1;

/**
 * Outcome of a recognition procedure: the <em>Gleichwertigkeit</em> found.
 */
public enum RecognitionOutcome {
  /** Volle Gleichwertigkeit: full equivalence with the German reference occupation. */
  FULL_EQUIVALENCE,

  /** Teilweise Gleichwertigkeit: partial equivalence (non-regulated professions). */
  PARTIAL_EQUIVALENCE,

  /** Ausgleichsmaßnahme erforderlich: adaptation period or aptitude test required (regulated professions). */
  COMPENSATION_MEASURE_REQUIRED,

  /** Keine Gleichwertigkeit. */
  NO_EQUIVALENCE,

  /** The application has been made and the procedure is pending. */
  PENDING,

  /** No application made (yet). */
  NOT_APPLIED
}
