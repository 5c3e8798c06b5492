package de.integrationsplan.core.privacy;

import java.util.Locale;

/** The levels of the regional roll-up, by the <em>Amtlicher Gemeindeschlüssel</em> (AGS). */
public enum RegionLevel {
  /** The Land: the first two digits of the AGS ({@code 08} Baden-Württemberg). */
  LAND,
  /** The district (<em>Landkreis</em> or <em>Stadtkreis</em>): the first five digits of the AGS. */
  DISTRICT,
  /** The municipality (<em>Gemeinde</em>): the whole AGS, eight digits. */
  MUNICIPALITY;

  /**
   * The name in CSV and JSON.
   *
   * @return {@code land}, {@code district} or {@code municipality}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
