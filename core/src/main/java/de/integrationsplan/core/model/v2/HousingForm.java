package de.integrationsplan.core.model.v2;

/**
 * The form of housing the person lives in. In format 1.0 the accommodation type mixed the form
 * with the target group (<em>Anschlussunterbringung</em> in shared accommodation); in 2.0 the
 * target group is {@link Person#targetGroup()} and this is only the form: a person in
 * <em>Anschlussunterbringung</em> may live in a private flat.
 */
public enum HousingForm {
  /** Shared accommodation (<em>Gemeinschaftsunterkunft</em>). */
  SHARED_ACCOMMODATION,

  /** An apartment provided or rented by the municipality (<em>Wohnung der Gemeinde</em>). */
  APARTMENT,

  /** The person's own tenancy (<em>eigener Mietvertrag</em>). */
  OWN_TENANCY,

  /** Living with relatives or friends. */
  WITH_RELATIVES_OR_FRIENDS,

  /** Homeless shelter or emergency accommodation (<em>Obdachlosenunterkunft</em>). */
  SHELTER,

  /** Another form of housing. */
  OTHER
}
