package de.integrationsplan.core.model.v2;

/** The step of naturalisation (<em>Einbürgerung</em>, StAG) a goal aims at. */
public enum NaturalisationStep {
  /** Counselling on the requirements and their fulfilment. */
  REQUIREMENTS_CHECKED,

  /** The naturalisation test (<em>Einbürgerungstest</em>) passed. */
  TEST_PASSED,

  /** The application filed with the naturalisation authority. */
  APPLICATION_FILED,

  /** Naturalised: the certificate of naturalisation (<em>Einbürgerungsurkunde</em>) handed over. */
  NATURALISED
}
