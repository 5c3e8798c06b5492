package de.integrationsplan.core.model.v2;

/**
 * How far a goal has been achieved (<em>Zielerreichung</em>).
 */
public enum Achievement {
  /** In progress. */
  IN_PROGRESS,

  /** Erreicht. */
  ACHIEVED,

  /** Teilweise erreicht. */
  PARTLY_ACHIEVED,

  /** Nicht erreicht. */
  NOT_ACHIEVED
}
