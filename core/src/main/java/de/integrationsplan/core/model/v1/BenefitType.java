package de.integrationsplan.core.model.v1;

/**
 * Benefits the person receives (<em>Leistungsbezug</em>).
 */
public enum BenefitType {
  /** Bürgergeld / Grundsicherung für Arbeitsuchende under SGB II, through the Jobcenter. */
  SGB_II,

  /** Employment promotion under SGB III, through the Agentur für Arbeit. */
  SGB_III,

  /** Benefits under the Asylbewerberleistungsgesetz. */
  ASYLBLG,

  /** Social assistance under SGB XII (Sozialamt). */
  SGB_XII,

  /** No benefits: the person lives on their own income. Excludes every other value. */
  NONE
}
