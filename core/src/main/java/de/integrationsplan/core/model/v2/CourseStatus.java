package de.integrationsplan.core.model.v2;

/**
 * Status of a course for this person.
 */
public enum CourseStatus {
  /** Planned, not yet registered. */
  PLANNED,

  /** Registered or entitled (<em>Berechtigung</em>), waiting for a start. */
  REGISTERED,

  /** Attending. */
  IN_PROGRESS,

  /** Completed. */
  COMPLETED,

  /** Discontinued (<em>abgebrochen</em>). */
  DISCONTINUED
}
