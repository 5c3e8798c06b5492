package de.integrationsplan.core.model.v2;

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
