package de.integrationsplan.core.model.v2;

/**
 * The rating of a foreign institution of higher education in the KMK's <em>anabin</em> database
 * (<em>Institutionsstatus</em>), kept by the Zentralstelle für ausländisches Bildungswesen (ZAB).
 */
public enum AnabinRating {
  /** H+: the institution is recognised in its country. */
  H_PLUS,

  /** H+/-: recognised only for some courses or some periods. */
  H_PLUS_MINUS,

  /** H-: not recognised. */
  H_MINUS
}
