package de.integrationsplan.core.model;

/**
 * Legal basis of the residence title or status (<em>Rechtsgrundlage des Aufenthalts</em>).
 */
public enum LegalBasis {
  /** §25 Abs. 1 AufenthG: recognised entitlement to asylum (<em>Asylberechtigung</em>). */
  AUFENTHG_25_1,

  /** §25 Abs. 2 Satz 1 Alt. 1 AufenthG: refugee protection under the Geneva Convention (<em>Flüchtlingsschutz</em>). */
  AUFENTHG_25_2_REFUGEE,

  /** §25 Abs. 2 Satz 1 Alt. 2 AufenthG: subsidiary protection (<em>subsidiärer Schutz</em>). */
  AUFENTHG_25_2_SUBSIDIARY,

  /** §25 Abs. 3 AufenthG: national ban on deportation (<em>Abschiebungsverbot</em>). */
  AUFENTHG_25_3,

  /** §25 Abs. 5 AufenthG: departure impossible through no fault of the person. */
  AUFENTHG_25_5,

  /** §25a AufenthG: well-integrated young people. */
  AUFENTHG_25A,

  /** §25b AufenthG: sustained integration. */
  AUFENTHG_25B,

  /** §24 AufenthG: temporary protection, for example people displaced from Ukraine. */
  AUFENTHG_24,

  /** §26 Abs. 3 AufenthG: settlement permit (<em>Niederlassungserlaubnis</em>) after protection. */
  AUFENTHG_26_3,

  /** §60a AufenthG: temporary suspension of deportation (<em>Duldung</em>). */
  AUFENTHG_60A_DULDUNG,

  /** §60c AufenthG: Duldung for vocational training (<em>Ausbildungsduldung</em>). */
  AUFENTHG_60C,

  /** §60d AufenthG: Duldung for employment (<em>Beschäftigungsduldung</em>). */
  AUFENTHG_60D,

  /** §104c AufenthG: opportunity residence (<em>Chancen-Aufenthaltsrecht</em>). */
  AUFENTHG_104C,

  /** §55 AsylG: permission to stay during the asylum procedure (<em>Aufenthaltsgestattung</em>). */
  ASYLG_55_GESTATTUNG,

  /** Another legal basis. */
  OTHER
}
