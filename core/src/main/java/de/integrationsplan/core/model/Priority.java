package de.integrationsplan.core.model;

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
