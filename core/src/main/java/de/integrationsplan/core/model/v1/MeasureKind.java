package de.integrationsplan.core.model.v1;

/**
 * Kind of a measure (<em>Maßnahme</em>).
 */
public enum MeasureKind {
  /** Taking part in a course. */
  COURSE,

  /** Counselling by the integration manager or a specialised service. */
  COUNSELLING,

  /** Referral to another service (<em>Verweisberatung</em>). */
  REFERRAL,

  /** An application to an authority or for a job, training or study place. */
  APPLICATION,

  /** Looking for work. */
  JOB_SEARCH,

  /** Looking for housing. */
  HOUSING_SEARCH,

  /** Preparing or running a recognition procedure. */
  RECOGNITION_PROCEDURE,

  /** Finding or arranging childcare. */
  CHILDCARE,

  /** School enrolment or talks with a school. */
  SCHOOL_MATTERS,

  /** Access to health care. */
  HEALTH_CARE,

  /** Volunteering, clubs and neighbourhood activities. */
  VOLUNTEERING,

  /** Another measure. */
  OTHER
}
