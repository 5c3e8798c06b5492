package de.integrationsplan.core.model.v2;

/**
 * Area of an integration goal (<em>Handlungsfeld</em>), also the topic of a counselling contact.
 * Format 2.0 adds securing residence, naturalisation and finances (<em>Existenzsicherung</em>).
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

  /**
   * Aufenthaltssicherung: securing the right of residence, for example a settlement permit or a
   * change of track; its target names the legal basis sought.
   */
  SECURING_RESIDENCE,

  /** Einbürgerung: naturalisation under the Staatsangehörigkeitsgesetz (StAG). */
  NATURALISATION,

  /** Existenzsicherung und Finanzen: securing a livelihood, benefits, debts and budgeting. */
  FINANCES,

  /** Another area. */
  OTHER
}
