package de.integrationsplan.core.model.v2;

/**
 * Status of an integration plan as a whole (<em>Status des Integrationsplans</em>).
 */
public enum PlanStatus {
  /** Entwurf: being written, not yet agreed with the person. */
  DRAFT,

  /** Aktiv: agreed and being worked on. */
  ACTIVE,

  /** Ruhend: paused, for example during a stay abroad or a pause agreed with the person. */
  ON_HOLD,

  /** Abgeschlossen: counselling ended regularly, the goals are reached or handed over; needs a closure. */
  COMPLETED,

  /** Beendet: counselling ended early (moved away, contact lost, withdrawn); needs a closure. */
  CLOSED,

  /** Irrtümlich angelegt: the plan should never have existed and must be ignored by receivers. */
  ENTERED_IN_ERROR
}
