package de.integrationsplan.core.model.v2;

/**
 * Education outcome sought by a school or training goal.
 */
public enum EducationTargetKind {
  /** A place in childcare (<em>Kita-Platz</em>). */
  DAYCARE_PLACE,

  /** A place at school. */
  SCHOOL_PLACE,

  /** A German school-leaving certificate. */
  SCHOOL_CERTIFICATE,

  /** A vocational training place (<em>Ausbildungsplatz</em>). */
  TRAINING_PLACE,

  /**
   * A completed vocational qualification (<em>Berufsabschluss</em>), for example after an
   * apprenticeship or by the <em>Externenprüfung</em>.
   */
  VOCATIONAL_QUALIFICATION,

  /** A place at a university (<em>Studienplatz</em>). */
  STUDY_PLACE,

  /** Another education outcome. */
  OTHER
}
