package de.integrationsplan.core.model.v1;

/**
 * Who is responsible for a measure (<em>Zuständigkeit</em>).
 */
public enum ResponsibleParty {
  /** The person themself. */
  PERSON,

  /** The integration manager. */
  INTEGRATION_MANAGER,

  /** The Jobcenter (SGB II). */
  JOBCENTER,

  /** The Agentur für Arbeit (SGB III). */
  EMPLOYMENT_AGENCY,

  /** Recognition counselling (<em>Anerkennungsberatung</em>, for example IQ Netzwerk). */
  RECOGNITION_COUNSELLING,

  /** Migrationsberatung für erwachsene Zuwanderer (MBE) or Jugendmigrationsdienst (JMD). */
  MIGRATION_COUNSELLING,

  /** A school. */
  SCHOOL,

  /** The immigration authority (<em>Ausländerbehörde</em>). */
  IMMIGRATION_AUTHORITY,

  /** A volunteer (<em>Ehrenamt</em>). */
  VOLUNTEER,

  /** Another party. */
  OTHER
}
