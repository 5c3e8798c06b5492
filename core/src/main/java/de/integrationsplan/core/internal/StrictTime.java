package de.integrationsplan.core.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and UUIDs of the wire format, strictly: only JSON strings, {@code YYYY-MM-DD} for dates,
 * {@code YYYY-MM} for months, RFC 3339 with seconds and offset for timestamps, 8-4-4-4-12 hex for
 * UUIDs. Jackson's own support also takes arrays, numbers and Base64 UUIDs, which the schema does not.
 * The patterns are published in the schema, so that every validator agrees.
 */
public final class StrictTime {

  /** RFC 3339 {@code full-date}; the day is checked against the month by parsing. */
  public static final String DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
  /** A month, {@code YYYY-MM}. */
  public static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
  /**
   * RFC 3339 {@code date-time} in the form this library writes: upper-case {@code T}, seconds, up to
   * nine fraction digits, {@code Z} or an offset with a colon; no leap second.
   */
  public static final String DATE_TIME_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
      + "T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";
  /** A UUID in its canonical 8-4-4-4-12 hexadecimal form. */
  public static final String UUID_PATTERN =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

  private static final Pattern DATE_TIME = Pattern.compile(DATE_TIME_PATTERN);
  private static final Pattern UUID_FORM = Pattern.compile(UUID_PATTERN);
  private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

  private StrictTime() {}

  /**
   * The module with the strict (de)serializers.
   *
   * @return a new module
   */
  public static SimpleModule module() {
    SimpleModule m = new SimpleModule("integrationplan-time");
    m.addDeserializer(LocalDate.class, new FastDate());
    m.addDeserializer(YearMonth.class, new FastMonth());
    m.addDeserializer(OffsetDateTime.class, new Reader<>(OffsetDateTime.class) {
      @Override
      @Nullable OffsetDateTime parse(String text) {
        return dateTime(text);
      }
    });
    m.addDeserializer(UUID.class, new Reader<>(UUID.class) {
      @Override
      @Nullable UUID parse(String text) {
        return uuid(text);
      }
    });
    m.addDeserializer(Integer.class, new WholeNumber());
    m.addSerializer(LocalDate.class, new Writer<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE));
    m.addSerializer(YearMonth.class, new Writer<>(YearMonth.class, MONTH_FORMAT));
    m.addSerializer(OffsetDateTime.class, new Writer<>(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    return m;
  }

  private abstract static class Reader<T> extends ValueDeserializer<T> {
    private final Class<T> type;

    Reader(Class<T> type) {
      this.type = type;
    }

    /** The value, or {@code null} when the text is not one. */
    abstract @Nullable T parse(String text);

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.reportInputMismatch(type, "expected a string");
      }
      String text = p.getString();
      T value = parse(text);
      if (value == null) {
        throw InvalidFormatException.from(p, "not a valid " + type.getSimpleName(), text, type);
      }
      return value;
    }
  }

  /**
   * {@code YYYY-MM-DD} without regular expression or formatter: about 50 dates a plan make this the
   * hottest scalar. Accepts exactly what {@link #DATE_PATTERN} and {@link LocalDate#of} together accept.
   */
  private static final class FastDate extends ValueDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.reportInputMismatch(LocalDate.class, "expected a string");
      }
      String text = p.getString();
      LocalDate date = date(text);
      if (date == null) {
        throw InvalidFormatException.from(p, "not a valid LocalDate", text, LocalDate.class);
      }
      return date;
    }
  }

  /** {@code YYYY-MM} without regular expression or formatter, as {@link #MONTH_PATTERN}. */
  private static final class FastMonth extends ValueDeserializer<YearMonth> {
    @Override
    public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.reportInputMismatch(YearMonth.class, "expected a string");
      }
      String text = p.getString();
      YearMonth month = month(text);
      if (month != null) {
        return month;
      }
      throw InvalidFormatException.from(p, "not a valid YearMonth", text, YearMonth.class);
    }
  }

  /**
   * Parses {@code YYYY-MM} strictly, as {@link #MONTH_PATTERN}.
   *
   * @param text the text
   * @return the month, or {@code null} when the text is not a month in that form
   */
  public static @Nullable YearMonth month(String text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      if (year >= 0 && month >= 1 && month <= 12) {
        return YearMonth.of(year, month);
      }
    }
    return null;
  }

  /**
   * Parses an RFC 3339 timestamp strictly, as {@link #DATE_TIME_PATTERN}.
   *
   * @param text the text
   * @return the timestamp, or {@code null} when the text is not one in that form
   */
  public static @Nullable OffsetDateTime dateTime(String text) {
    if (DATE_TIME.matcher(text).matches()) {
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException | IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Parses a UUID strictly, as {@link #UUID_PATTERN}.
   *
   * @param text the text
   * @return the UUID, or {@code null} when the text is not one in that form
   */
  public static @Nullable UUID uuid(String text) {
    if (UUID_FORM.matcher(text).matches()) {
      try {
        return UUID.fromString(text);
      } catch (DateTimeParseException | IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Parses {@code YYYY-MM-DD} strictly.
   *
   * @param text the text
   * @return the date, or {@code null} when the text is not a real date in that form
   */
  public static @Nullable LocalDate date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The decimal value of {@code count} ASCII digits from {@code from}, or -1 if one is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * An integer as JSON Schema sees one: a number without a fractional part, so {@code 1998.0} is
   * the integer 1998 and {@code 1998.5} is not an integer.
   */
  private static final class WholeNumber extends ValueDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return p.getIntValue();
      }
      if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        java.math.BigDecimal value = p.getDecimalValue();
        try {
          return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
          return ctxt.reportInputMismatch(Integer.class, "expected an integer");
        }
      }
      return ctxt.reportInputMismatch(Integer.class, "expected an integer");
    }
  }

  private static final class Writer<T extends java.time.temporal.TemporalAccessor> extends ValueSerializer<T> {
    private final Class<T> type;
    private final DateTimeFormatter format;

    Writer(Class<T> type, DateTimeFormatter format) {
      this.type = type;
      this.format = format;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(format.format(value));
    }
  }
}
