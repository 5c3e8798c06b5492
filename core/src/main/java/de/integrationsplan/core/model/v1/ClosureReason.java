package de.integrationsplan.core.model.v1;

/**
 * Why counselling ended (<em>Grund der Beendigung</em>).
 */
public enum ClosureReason {
  /** The person uses the existing services on their own; the goals are reached. */
  GOALS_ACHIEVED,

  /** The maximum counselling period has been reached. */
  MAXIMUM_DURATION,

  /** The person moved to another municipality. */
  MOVED_AWAY,

  /** The person left the <em>Anschlussunterbringung</em> and the municipality's target group. */
  LEFT_ACCOMMODATION,

  /** The person withdrew consent or declined further counselling. */
  CONSENT_WITHDRAWN,

  /** Contact lost. */
  CONTACT_LOST,

  /** The person left Germany. */
  DEPARTED,

  /** The person died. */
  DECEASED,

  /** Another reason. */
  OTHER
}
