package de.integrationsplan.core.model.v2;

/**
 * Status of a measure.
 */
public enum MeasureStatus {
  /** Geplant. */
  PLANNED,

  /** Nicht begonnen: planned date passed without a start. */
  NOT_STARTED,

  /** Läuft. */
  IN_PROGRESS,

  /** Erledigt. */
  DONE,

  /** Abgebrochen or no longer needed. */
  CANCELLED
}
