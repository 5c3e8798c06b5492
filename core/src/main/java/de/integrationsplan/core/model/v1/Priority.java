package de.integrationsplan.core.model.v1;

/**
 * Priority of a goal.
 */
public enum Priority {
  /** Hoch. */
  HIGH,

  /** Mittel. */
  MEDIUM,

  /** Niedrig. */
  LOW
}
