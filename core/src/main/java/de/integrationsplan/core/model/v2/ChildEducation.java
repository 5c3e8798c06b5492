package de.integrationsplan.core.model.v2;

/**
 * Where a child is cared for or taught.
 */
public enum ChildEducation {
  /** Not yet in childcare or school. */
  NONE,

  /** Kindertageseinrichtung or Kindertagespflege. */
  DAYCARE,

  /** Vorbereitungsklasse (VKL) for pupils without sufficient German. */
  PREPARATORY_CLASS,

  /** Grundschule. */
  PRIMARY_SCHOOL,

  /** A general secondary school (Werkreal-, Haupt-, Real-, Gemeinschaftsschule, Gymnasium). */
  SECONDARY_SCHOOL,

  /** A vocational school, including VABO classes (Vorqualifizierung Arbeit/Beruf ohne Deutschkenntnisse). */
  VOCATIONAL_SCHOOL,

  /** Sonderpädagogisches Bildungs- und Beratungszentrum (SBBZ). */
  SPECIAL_NEEDS_SCHOOL,

  /** Of school age or older but in neither school nor training. */
  NOT_IN_EDUCATION
}
