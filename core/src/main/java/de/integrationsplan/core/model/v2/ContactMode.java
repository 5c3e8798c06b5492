package de.integrationsplan.core.model.v2;

/** How a counselling contact (<em>Beratungskontakt</em>) took place. */
public enum ContactMode {
  /** In person at the office (<em>persönlich</em>, <em>Sprechstunde</em>). */
  IN_PERSON,

  /** By telephone. */
  PHONE,

  /** By video call. */
  VIDEO,

  /** A home visit (<em>Hausbesuch</em>), also in the accommodation. */
  HOME_VISIT,

  /** Accompanying the person to an authority, a school or a doctor (<em>Begleitung</em>). */
  ACCOMPANIMENT,

  /** In writing: letter, e-mail or messenger. */
  WRITTEN,

  /** Another mode. */
  OTHER
}
