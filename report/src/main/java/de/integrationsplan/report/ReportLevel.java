package de.integrationsplan.report;

import java.util.Locale;

/**
 * The levels of a period report, each a region key: the Land (the first two digits of the
 * <em>Amtlicher Gemeindeschlüssel</em>, {@code 08}), the district (<em>Kreis</em>, the first five
 * digits), the municipality (<em>Gemeinde</em>, all eight) and the provider (<em>Träger</em>) that
 * runs the integration management for a municipality, by its name.
 */
public enum ReportLevel {
  /** The Land: {@code 08}. */
  LAND("Land", "Land"),
  /** The district (<em>Stadt- oder Landkreis</em>): five digits. */
  DISTRICT("Kreis", "District"),
  /** The municipality (<em>Gemeinde</em>): the AGS, eight digits. */
  MUNICIPALITY("Gemeinde", "Municipality"),
  /** The provider (<em>Träger</em>) named as the responsible organisation. */
  PROVIDER("Träger", "Provider");

  private final String german;
  private final String english;

  ReportLevel(String german, String english) {
    this.german = german;
    this.english = english;
  }

  /** @return the name in the output, lower case: {@code land}, {@code district}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param locale German or English (any other language is English)
   * @return the level's name in that language
   */
  public String label(Locale locale) {
    return locale.getLanguage().equals("de") ? german : english;
  }
}
