package de.integrationsplan.core.model.v2;

/**
 * Lifecycle status of a goal, kept apart from its {@link Achievement} as FHIR's Goal does.
 */
public enum GoalStatus {
  /** Vorgeschlagen: proposed, not yet agreed. */
  PROPOSED,

  /** Vereinbart: agreed with the person, work has not started. */
  AGREED,

  /** In Bearbeitung: being worked on. */
  ACTIVE,

  /** Zurückgestellt: paused. */
  ON_HOLD,

  /** Abgeschlossen: no longer worked on; see the achievement for how it ended. */
  COMPLETED,

  /** Verworfen: given up before completion. */
  CANCELLED
}
