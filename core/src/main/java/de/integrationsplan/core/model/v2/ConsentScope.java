package de.integrationsplan.core.model.v2;

/**
 * What the person consented to (<em>Einwilligung</em>, Art. 6 Abs. 1 lit. a and Art. 9 Abs. 2 lit. a GDPR).
 */
public enum ConsentScope {
  /** Recording this plan for counselling. */
  COUNSELLING_RECORDS,

  /** Recording special categories of personal data, such as health. */
  SPECIAL_CATEGORIES,

  /** Exchanging plan data with the Jobcenter, Agentur für Arbeit or immigration authority. */
  EXCHANGE_WITH_AUTHORITIES,

  /** Exchanging plan data with counselling services, schools and course providers. */
  EXCHANGE_WITH_SERVICES,

  /** Use in anonymous statistics for the Land. */
  ANONYMOUS_STATISTICS
}
