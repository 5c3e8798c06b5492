package de.integrationsplan.core.model.v2;

/**
 * Role of a participant in a review (<em>Fortschreibung</em>).
 */
public enum ParticipantRole {
  /** The person themself. */
  PERSON,

  /** Another member of the household. */
  HOUSEHOLD_MEMBER,

  /** The integration manager. */
  INTEGRATION_MANAGER,

  /** An interpreter or language mediator (<em>Sprachmittler</em>). */
  INTERPRETER,

  /** The Jobcenter. */
  JOBCENTER,

  /** The Agentur für Arbeit. */
  EMPLOYMENT_AGENCY,

  /** The immigration authority (<em>Ausländerbehörde</em>). */
  IMMIGRATION_AUTHORITY,

  /** Migrationsberatung für erwachsene Zuwanderer (MBE) or Jugendmigrationsdienst (JMD). */
  MIGRATION_COUNSELLING,

  /** A school. */
  SCHOOL,

  /** A volunteer. */
  VOLUNTEER,

  /** Another participant. */
  OTHER
}
