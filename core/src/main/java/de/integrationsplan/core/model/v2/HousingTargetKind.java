package de.integrationsplan.core.model.v2;

/**
 * Housing outcome sought by a housing goal.
 */
public enum HousingTargetKind {
  /** An own tenancy on the housing market (<em>eigene Wohnung</em>). */
  OWN_TENANCY,

  /** A larger apartment for the household. */
  LARGER_APARTMENT,

  /** Keeping the current tenancy (avoiding eviction). */
  KEEP_TENANCY,

  /** Another housing outcome. */
  OTHER
}
