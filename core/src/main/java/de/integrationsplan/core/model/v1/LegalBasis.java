package de.integrationsplan.core.model.v1;

/**
 * Legal basis of the residence title or status (<em>Rechtsgrundlage des Aufenthalts</em>).
 */
public enum LegalBasis {
  /** §22 AufenthG: admission from abroad for international-law or humanitarian reasons. */
  AUFENTHG_22,

  /** §23 Abs. 2 AufenthG: admission by the federal government, for example humanitarian admission programmes. */
  AUFENTHG_23_2,

  /** §23 Abs. 4 AufenthG: resettlement. */
  AUFENTHG_23_4,

  /** §25 Abs. 1 AufenthG: recognised entitlement to asylum (<em>Asylberechtigung</em>). */
  AUFENTHG_25_1,

  /** §25 Abs. 2 Satz 1 Alt. 1 AufenthG: refugee protection under the Geneva Convention (<em>Flüchtlingsschutz</em>). */
  AUFENTHG_25_2_REFUGEE,

  /** §25 Abs. 2 Satz 1 Alt. 2 AufenthG: subsidiary protection (<em>subsidiärer Schutz</em>). */
  AUFENTHG_25_2_SUBSIDIARY,

  /** §25 Abs. 3 AufenthG: national ban on deportation (<em>Abschiebungsverbot</em>). */
  AUFENTHG_25_3,

  /** §25 Abs. 4 AufenthG: temporary stay for urgent humanitarian or personal reasons. */
  AUFENTHG_25_4,

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

  /** §§27 to 36 AufenthG: family reunification (<em>Familiennachzug</em>). */
  AUFENTHG_FAMILY_REUNIFICATION,

  /** §60a AufenthG: temporary suspension of deportation (<em>Duldung</em>). */
  AUFENTHG_60A_DULDUNG,

  /** §60b AufenthG: Duldung for persons with unresolved identity (<em>Duldung light</em>). */
  AUFENTHG_60B,

  /** §60c AufenthG: Duldung for vocational training (<em>Ausbildungsduldung</em>). */
  AUFENTHG_60C,

  /** §60d AufenthG: Duldung for employment (<em>Beschäftigungsduldung</em>). */
  AUFENTHG_60D,

  /** §104c AufenthG: opportunity residence (<em>Chancen-Aufenthaltsrecht</em>). */
  AUFENTHG_104C,

  /** §81 Abs. 3, 4 AufenthG: fictional continuation while an application is decided (<em>Fiktionsbescheinigung</em>). */
  AUFENTHG_81_FICTION,

  /** §55 AsylG: permission to stay during the asylum procedure (<em>Aufenthaltsgestattung</em>). */
  ASYLG_55_GESTATTUNG,

  /** Another legal basis. */
  OTHER
}
