package de.integrationsplan.core.model.v1;

/**
 * Area of an integration goal (<em>Handlungsfeld</em>).
 */
public enum GoalArea {
  /** Spracherwerb: language acquisition. */
  LANGUAGE,

  /** Arbeitsmarktintegration: labour-market integration. */
  WORK,

  /** Anerkennung ausländischer Qualifikationen: recognition of foreign qualifications. */
  RECOGNITION,

  /** Wohnen: housing. */
  HOUSING,

  /** Schule: school. */
  SCHOOL,

  /** Ausbildung oder Studium: vocational training or higher education. */
  VOCATIONAL_TRAINING_OR_STUDY,

  /** Gesundheit: health (special category of personal data, Art. 9 GDPR). */
  HEALTH,

  /** Gesellschaftliche Teilhabe: social participation. */
  PARTICIPATION,

  /** Kinder und Familie: children and family. */
  CHILDREN_AND_FAMILY,

  /** Another area. */
  OTHER
}
