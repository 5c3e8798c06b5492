package de.integrationsplan.core.model.v2;

/**
 * German school-leaving certificate a foreign certificate corresponds to (<em>deutsches Äquivalent</em>).
 */
public enum SchoolCertificateEquivalent {
  /** No German equivalent. */
  NONE,

  /** Hauptschulabschluss (lower secondary certificate). */
  HAUPTSCHULABSCHLUSS,

  /** Mittlerer Schulabschluss / Realschulabschluss (intermediate secondary certificate). */
  MITTLERER_SCHULABSCHLUSS,

  /** Fachhochschulreife (entrance qualification for universities of applied sciences). */
  FACHHOCHSCHULREIFE,

  /** Fachgebundene Hochschulreife (subject-restricted university entrance qualification). */
  FACHGEBUNDENE_HOCHSCHULREIFE,

  /** Allgemeine Hochschulreife (general university entrance qualification, Abitur). */
  ALLGEMEINE_HOCHSCHULREIFE
}
