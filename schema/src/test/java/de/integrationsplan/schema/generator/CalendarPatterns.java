package de.integrationsplan.schema.generator;

/**
 * Regular expressions that know the calendar: the day is checked against its month, and the 29th
 * of February against the leap years of the proleptic Gregorian calendar that {@code java.time}
 * uses (a year divisible by 4, but not by 100 unless by 400; the year {@code 0000} is one). They
 * stand beside {@code format} in format 2.0's schema, so that a validator that reads {@code format}
 * as an annotation only (the draft 2020-12 default) rejects {@code 2024-02-30} too.
 *
 * <p>They use only what ECMA-262, {@code java.util.regex} and Python's {@code re} read alike:
 * {@code [0-9]} (never {@code \d}, which is Unicode-aware in Python), non-capturing groups and
 * anchors. {@code CalendarPatternsTest} holds them against {@code java.time} day by day.
 */
public final class CalendarPatterns {

  /** Months of 31 days, of 30 days, and February up to the 28th, in any year. */
  private static final String ANY_YEAR_MONTH_DAY = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
      + "|02-(?:0[1-9]|1[0-9]|2[0-8]))";

  /** A leap year: divisible by 4 and not a century, or a century divisible by 400. */
  private static final String LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])"
      + "|(?:[02468][048]|[13579][26])00)";

  /** RFC 3339 {@code full-date} that exists, without anchors. */
  public static final String FULL_DATE = "(?:[0-9]{4}-" + ANY_YEAR_MONTH_DAY + "|" + LEAP_YEAR + "-02-29)";

  /** A date, {@code YYYY-MM-DD}, that exists. */
  public static final String DATE = "^" + FULL_DATE + "$";

  private CalendarPatterns() {}

  /**
   * A timestamp pattern whose date part knows the calendar: the model's pattern with its date part
   * replaced.
   *
   * @param modelPattern the model's timestamp pattern, anchored, which starts with the date part
   *     {@code dateShape} (after its {@code ^})
   * @param dateShape the model's date pattern, anchored
   * @return the pattern, anchored
   * @throws IllegalArgumentException if the timestamp pattern does not start with the date's shape
   */
  public static String dateTime(String modelPattern, String dateShape) {
    String body = dateShape.substring(1, dateShape.length() - 1);
    if (!modelPattern.startsWith("^" + body)) {
      throw new IllegalArgumentException("the timestamp pattern " + modelPattern
          + " does not start with the date pattern " + dateShape);
    }
    return "^" + FULL_DATE + modelPattern.substring(1 + body.length());
  }
}
