package de.integrationsplan.core.validation;

/** Which check found an issue. */
public enum IssueSource {
  /** Reading the JSON text: syntax, limits, duplicate keys, unknown properties, wrong types. */
  PARSER,
  /** The published JSON Schema. */
  SCHEMA,
  /** A rule of the model (Bean Validation), including the rules no JSON Schema can state. */
  RULE,
  /**
   * The migration of a plan from one major version to the next
   * ({@link de.integrationsplan.core.migration.PlanMigration}): a value converted or kept aside,
   * reported at its pointer in the older document.
   */
  MIGRATION
}
