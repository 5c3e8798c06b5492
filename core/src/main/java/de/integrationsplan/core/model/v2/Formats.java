package de.integrationsplan.core.model.v2;

/**
 * The string formats of the wire format, as regular expressions usable in annotations and code.
 * The JSON Schema of format 2 publishes the same patterns.
 */
public final class Formats {

  private Formats() {}

  /** The schema version of format 2 this library writes: {@value}. */
  public static final String CURRENT_SCHEMA_VERSION = "2.0";

  /**
   * The versions of format 2 this model reads: {@code 2.0}. The core is closed, so a model accepts
   * exactly the minors it knows; when minor 2.1 adds members, this becomes {@code 2.0} or
   * {@code 2.1}, and a 2.0 receiver given a 2.1 document reports the version alone
   * (docs/versioning.md).
   */
  public static final String SCHEMA_VERSION = "^2\\.0$";

  /**
   * A code of a versioned code list ({@link de.integrationsplan.core.model.Coded}): an upper-case
   * letter, then upper-case letters, digits and underscores, such as {@code AUFENTHG_16G}.
   */
  public static final String CODE = "^[A-Z][A-Z0-9_]*$";

  /** The longest code of a code list, in characters: {@value}. */
  public static final int CODE_MAX_LENGTH = 64;

  /**
   * A key of the Destatis <em>Staatsangehörigkeitsschlüssel</em> (code list {@code nationality}):
   * three digits, such as {@code 000} (deutsch), {@code 475} (syrisch) or {@code 997} (staatenlos).
   */
  public static final String NATIONALITY_KEY = "^[0-9]{3}$";

  /** The URN of the Destatis <em>Staatsangehörigkeitsschlüssel</em>, as XRepository publishes it: {@value}. */
  public static final String NATIONALITY_LIST_URI =
      "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit";

  /**
   * The URI of a code list: {@code urn:de:integrationsplan:codelist:} and the list's id, lower-case
   * words joined by {@code -}, such as {@code urn:de:integrationsplan:codelist:legal-basis}; or the
   * URN under which Destatis publishes a key list of its <em>Staats- und Gebietssystematik</em>,
   * such as {@value #NATIONALITY_LIST_URI}.
   */
  public static final String CODE_LIST_URI =
      "^(urn:de:integrationsplan:codelist:[a-z0-9]+(-[a-z0-9]+)*|urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:[a-z]+)$";

  /** The version of a code list: its publication day, {@code YYYY-MM-DD}. */
  public static final String CODE_LIST_VERSION = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

  /**
   * The <em>Kreisschlüssel</em> of a district (<em>Landkreis</em> or <em>Stadtkreis</em>): the
   * first five digits of the AGS, two for the Land, one for the Regierungsbezirk, two for the Kreis.
   */
  public static final String DISTRICT_KEY = "^[0-9]{5}$";

  /** The prefix of every ESCO occupation's concept URI. */
  public static final String ESCO_OCCUPATION_PREFIX = "http://data.europa.eu/esco/occupation/";

  /**
   * An id local to one plan (goal, measure, qualification): a letter or digit, then up to 63
   * letters, digits, dots, hyphens or underscores.
   */
  public static final String LOCAL_ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

  /**
   * A pseudonymous reference, to the person or the integration manager: 1 to 64 characters of
   * letters, digits, dots, colons, hyphens and underscores; never a name.
   */
  public static final String PSEUDONYM = "^[A-Za-z0-9][A-Za-z0-9.:_-]{0,63}$";

  /**
   * The <em>Amtlicher Gemeindeschlüssel</em> (AGS): eight digits, two for the Land ({@code 08}
   * Baden-Württemberg), one for the Regierungsbezirk, two for the Kreis, three for the Gemeinde.
   */
  public static final String AGS = "^[0-9]{8}$";

  /**
   * The URL of an extension: an absolute {@code https} or {@code http} URL, or a URN, of visible
   * ASCII characters only (so that Java and ECMA-262 regular expressions agree).
   */
  public static final String EXTENSION_URL =
      "^(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!-~]*)?|urn:[a-z0-9][a-z0-9-]{0,31}:[!-~]+)$";

  /** The system of a coding: an absolute {@code https} or {@code http} URI, or a URN. */
  public static final String SYSTEM_URI = EXTENSION_URL;

  /** A date, RFC 3339 {@code full-date} ({@code YYYY-MM-DD}); the day is checked against the month by the format. */
  public static final String DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

  /** A month, {@code YYYY-MM}. */
  public static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";

  /**
   * A timestamp, RFC 3339 {@code date-time} in the form this library writes and reads: upper-case
   * {@code T}, seconds, up to nine fraction digits, {@code Z} or an offset with a colon of at most
   * 18 hours (the largest offset in use, and in {@code java.time}); no leap second.
   */
  public static final String DATE_TIME = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
      + "T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-7]):[0-5][0-9]|18:00))$";

  /** A UUID in its canonical 8-4-4-4-12 hexadecimal form, either case. */
  public static final String UUID =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
}
