package de.integrationsplan.core.model.v2;

/** What kind of organisation runs the integration management for the person. */
public enum OrganisationKind {
  /** A municipality (<em>Gemeinde</em>, <em>Stadt</em>), known by its AGS. */
  MUNICIPALITY,

  /** A district (<em>Landkreis</em>) acting for its municipalities, known by its <em>Kreisschlüssel</em>. */
  DISTRICT,

  /** A provider (<em>Träger</em>, for example a welfare association) commissioned by a municipality or district. */
  PROVIDER
}
