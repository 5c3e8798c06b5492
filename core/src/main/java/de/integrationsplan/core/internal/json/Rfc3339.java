package de.integrationsplan.core.internal.json;

/**
 * The {@code date-time} format of JSON Schema (RFC 3339, section 5.6) as validators judge it, more
 * lenient than the schema's pattern: {@code t} and {@code z} in either case, a fraction of any
 * length, a leap second. Used only to tell a broken format from a broken pattern, once a value has
 * failed the strict parse.
 */
final class Rfc3339 {

  private Rfc3339() {}

  static boolean isDateTime(char[] s, int from, int length) {
    int end = from + length;
    // full-date "T" partial-time: YYYY-MM-DDTHH:MM:SS is 19 characters
    if (length < 20 || s[from + 4] != '-' || s[from + 7] != '-' || (s[from + 10] | 0x20) != 't'
        || s[from + 13] != ':' || s[from + 16] != ':') {
      return false;
    }
    int year = digits(s, from, 4);
    int month = digits(s, from + 5, 2);
    int day = digits(s, from + 8, 2);
    int hour = digits(s, from + 11, 2);
    int minute = digits(s, from + 14, 2);
    int second = digits(s, from + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
      return false;
    }
    int i = from + 19;
    if (s[i] == '.') {
      int start = ++i;
      while (i < end && s[i] >= '0' && s[i] <= '9') {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i == end - 1) {
      return (s[i] | 0x20) == 'z';
    }
    if (i != end - 6 || (s[i] != '+' && s[i] != '-') || s[i + 3] != ':') {
      return false;
    }
    int offsetHour = digits(s, i + 1, 2);
    int offsetMinute = digits(s, i + 4, 2);
    return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static int digits(char[] s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
