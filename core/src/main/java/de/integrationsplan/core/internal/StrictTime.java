package de.integrationsplan.core.internal;

import de.integrationsplan.core.model.v1.Formats;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Dates and UUIDs of the wire format, strictly: only JSON strings, {@code YYYY-MM-DD} for dates,
 * {@code YYYY-MM} for months, RFC 3339 with seconds and offset for timestamps, 8-4-4-4-12 hex for
 * UUIDs. Jackson's own support also takes arrays, numbers and Base64 UUIDs, which the schema does not.
 * The patterns are published in the schema, so that every validator agrees.
 */
public final class StrictTime {

  /** {@link Formats#DATE}. */
  public static final String DATE_PATTERN = Formats.DATE;
  /** {@link Formats#MONTH}. */
  public static final String MONTH_PATTERN = Formats.MONTH;
  /** {@link Formats#DATE_TIME}. */
  public static final String DATE_TIME_PATTERN = Formats.DATE_TIME;
  /** {@link Formats#UUID}. */
  public static final String UUID_PATTERN = Formats.UUID;

  private StrictTime() {}

  



  

  

  /**
   * Parses {@code YYYY-MM} strictly, as {@link #MONTH_PATTERN}.
   *
   * @param text the text
   * @return the month, or {@code null} when the text is not a month in that form
   */
  public static @Nullable YearMonth month(String text) {
    return month(text.toCharArray(), 0, text.length());
  }

  /**
   * Parses {@code YYYY-MM} strictly from characters, as {@link #month(String)}.
   *
   * @param text the characters
   * @param from where the value starts
   * @param length its length
   * @return the month, or {@code null} when the characters are not a month in that form
   */
  public static @Nullable YearMonth month(char[] text, int from, int length) {
    if (length == 7 && text[from + 4] == '-') {
      int year = digits(text, from, 4);
      int month = digits(text, from + 5, 2);
      if (year >= 0 && month >= 1 && month <= 12) {
        return YearMonth.of(year, month);
      }
    }
    return null;
  }

  /**
   * Parses an RFC 3339 timestamp strictly: exactly what {@link #DATE_TIME_PATTERN} and
   * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} accept together, without either (two timestamps
   * a plan, but the regular expression and the formatter cost as much as fifty dates).
   *
   * @param text the text
   * @return the timestamp, or {@code null} when the text is not one in that form
   */
  public static @Nullable OffsetDateTime dateTime(String text) {
    return dateTime(text.toCharArray(), 0, text.length());
  }

  /**
   * Parses an RFC 3339 timestamp strictly from characters, as {@link #dateTime(String)}.
   *
   * @param text the characters
   * @param from where the value starts
   * @param length its length
   * @return the timestamp, or {@code null} when the characters are not one in that form
   */
  public static @Nullable OffsetDateTime dateTime(char[] text, int from, int length) {
    // YYYY-MM-DDTHH:MM:SS, then .F{1,9} or nothing, then Z or +HH:MM or -HH:MM
    if (length < 20 || text[from + 4] != '-' || text[from + 7] != '-' || text[from + 10] != 'T'
        || text[from + 13] != ':' || text[from + 16] != ':') {
      return null;
    }
    int year = digits(text, from, 4);
    int month = digits(text, from + 5, 2);
    int day = digits(text, from + 8, 2);
    int hour = digits(text, from + 11, 2);
    int minute = digits(text, from + 14, 2);
    int second = digits(text, from + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int end = from + length;
    int i = from + 19;
    int nano = 0;
    if (text[i] == '.') {
      int first = ++i;
      while (i < end && i - first < 9 && text[i] >= '0' && text[i] <= '9') {
        nano = nano * 10 + (text[i++] - '0');
      }
      if (i == first) {
        return null;
      }
      for (int scale = i - first; scale < 9; scale++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (i + 1 == end && text[i] == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i + 6 == end && (text[i] == '+' || text[i] == '-') && text[i + 3] == ':') {
      int hours = digits(text, i + 1, 2);
      int minutes = digits(text, i + 4, 2);
      if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
        return null;
      }
      try {
        offset = text[i] == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
      } catch (DateTimeException e) {
        return null; // beyond 18 hours
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null; // no such day in that month
    }
  }

  /**
   * Parses a UUID strictly: exactly what {@link #UUID_PATTERN} and {@link UUID#fromString} accept
   * together, without either.
   *
   * @param text the text
   * @return the UUID, or {@code null} when the text is not one in that form
   */
  public static @Nullable UUID uuid(String text) {
    return uuid(text.toCharArray(), 0, text.length());
  }

  /**
   * Parses a UUID strictly from characters, as {@link #uuid(String)}.
   *
   * @param text the characters
   * @param from where the value starts
   * @param length its length
   * @return the UUID, or {@code null} when the characters are not one in that form
   */
  public static @Nullable UUID uuid(char[] text, int from, int length) {
    if (length != 36 || text[from + 8] != '-' || text[from + 13] != '-' || text[from + 18] != '-'
        || text[from + 23] != '-') {
      return null;
    }
    long a = hex(text, from, 8);
    long b = hex(text, from + 9, 4);
    long c = hex(text, from + 14, 4);
    long d = hex(text, from + 19, 4);
    long e = hex(text, from + 24, 12);
    return (a | b | c | d | e) < 0 ? null : new UUID(a << 32 | b << 16 | c, d << 48 | e);
  }

  /** The value of {@code count} (at most 15) hexadecimal digits from {@code from}, or -1 if one is not one. */
  private static long hex(char[] text, int from, int count) {
    long value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text[i];
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  /**
   * Parses {@code YYYY-MM-DD} strictly.
   *
   * @param text the text
   * @return the date, or {@code null} when the text is not a real date in that form
   */
  public static @Nullable LocalDate date(String text) {
    return date(text.toCharArray(), 0, text.length());
  }

  /**
   * Parses {@code YYYY-MM-DD} strictly from characters, as {@link #date(String)}.
   *
   * @param text the characters
   * @param from where the value starts
   * @param length its length
   * @return the date, or {@code null} when the characters are not a real date in that form
   */
  public static @Nullable LocalDate date(char[] text, int from, int length) {
    if (length != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
      return null;
    }
    int year = digits(text, from, 4);
    int month = digits(text, from + 5, 2);
    int day = digits(text, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The decimal value of {@code count} ASCII digits from {@code from}, or -1 if one is not a digit. */
  private static int digits(char[] text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  


}
