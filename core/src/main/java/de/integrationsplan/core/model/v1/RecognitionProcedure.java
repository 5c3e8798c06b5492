package de.integrationsplan.core.model.v1;

/**
 * Procedure for the recognition of a foreign qualification (<em>Anerkennungsverfahren</em>).
 */
public enum RecognitionProcedure {
  /** Equivalence assessment under the federal Berufsqualifikationsfeststellungsgesetz (BQFG) or a federal professional law. */
  BQFG,

  /** Equivalence assessment under the law of a Land (Landes-BQFG or a Land professional law, for example teachers or educators). */
  STATE_LAW,

  /** Statement of comparability (<em>Zeugnisbewertung</em>) of a foreign higher-education qualification by the ZAB. */
  ZAB_STATEMENT,

  /** Recognition of a foreign school certificate (<em>Zeugnisanerkennung</em>) by the Regierungspräsidium. */
  SCHOOL_CERTIFICATE,

  /** Another procedure. */
  OTHER
}
