package de.integrationsplan.core.model.v1;

/**
 * Type of accommodation (<em>Wohnform</em>).
 */
public enum AccommodationType {
  /** Communal shared accommodation of the <em>Anschlussunterbringung</em> (Gemeinschaftsunterkunft). */
  FOLLOW_UP_SHARED,

  /** Apartment provided or rented by the municipality for the <em>Anschlussunterbringung</em>. */
  FOLLOW_UP_APARTMENT,

  /** The person's own tenancy (<em>eigener Mietvertrag</em>). */
  OWN_TENANCY,

  /** Living with relatives or friends. */
  WITH_RELATIVES_OR_FRIENDS,

  /** Homeless shelter or emergency accommodation (<em>Obdachlosenunterkunft</em>). */
  SHELTER,

  /** Another form of accommodation. */
  OTHER
}
