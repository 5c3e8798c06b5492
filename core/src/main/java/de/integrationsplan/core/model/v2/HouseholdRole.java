package de.integrationsplan.core.model.v2;

/** How a member of the household is related to the person. */
public enum HouseholdRole {
  /** Spouse or partner (<em>Ehe- oder Lebenspartner/in</em>). */
  PARTNER,

  /** A child of the person or of the partner. */
  CHILD,

  /** A parent or another person with custody (<em>Elternteil</em>, <em>Sorgeberechtigte/r</em>), as when the person is a minor. */
  PARENT,

  /** A brother or sister. */
  SIBLING,

  /** Another relative. */
  OTHER_RELATIVE,

  /** Another member of the household who is not a relative. */
  OTHER
}
