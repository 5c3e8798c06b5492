package de.integrationsplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The fast timestamp and UUID readers accept exactly what the published patterns and the JDK's
 * parsers accept together, and give the same values, so that the reader, the fast binder and every
 * schema validator agree.
 */
final class FastTimestampReadingTest {

  private static final Pattern DATE_TIME = Pattern.compile(StrictTime.DATE_TIME_PATTERN);
  private static final Pattern UUID_FORM = Pattern.compile(StrictTime.UUID_PATTERN);

  @Property(tries = 5000)
  void timestampsAgreeWithPatternAndIsoParsing(@ForAll("timestampLike") String text) {
    OffsetDateTime expected = referenceDateTime(text);
    OffsetDateTime actual = StrictTime.dateTime(text);
    assertThat(actual).isEqualTo(expected);
    if (expected != null) {
      assertThat(actual.getOffset()).isEqualTo(expected.getOffset());
    }
  }

  @Property(tries = 3000)
  void uuidsAgreeWithPatternAndFromString(@ForAll("uuidLike") String text) {
    assertThat(StrictTime.uuid(text)).isEqualTo(referenceUuid(text));
  }

  @Example
  void readsTheWritersForms() {
    assertThat(StrictTime.dateTime("2026-03-02T10:15:00+01:00"))
        .isEqualTo(OffsetDateTime.parse("2026-03-02T10:15:00+01:00"));
    assertThat(StrictTime.dateTime("2026-03-02T10:15:00.123456789Z"))
        .isEqualTo(OffsetDateTime.parse("2026-03-02T10:15:00.123456789Z"));
    assertThat(StrictTime.dateTime("2026-03-02T10:15:00.1234567890Z")).isNull();
    assertThat(StrictTime.dateTime("2026-03-02T10:15:00.Z")).isNull();
    assertThat(StrictTime.dateTime("2026-03-02T10:15:00+18:30")).isNull();
    assertThat(StrictTime.dateTime("2026-02-30T10:15:00Z")).isNull();
    assertThat(StrictTime.dateTime("2026-03-02T10:15Z")).isNull();
    assertThat(StrictTime.uuid("0B7E3C52-91d4-4f6a-8e21-5c9a7d3f1e08"))
        .isEqualTo(UUID.fromString("0b7e3c52-91d4-4f6a-8e21-5c9a7d3f1e08"));
  }

  @Provide
  Arbitrary<String> timestampLike() {
    Arbitrary<String> chars = Arbitraries.strings().withChars("0123456789-+:.TZtz ").ofMinLength(18).ofMaxLength(36);
    String[] fractions = {"", "", ".5", ".123", ".123456789", ".1234567890", ".", ".12a"};
    String[] offsets = {"Z", "Z", "z", "+00:00", "-00:00", "+01:00", "-05:30", "+18:00", "-18:00", "+18:01", "+19:00",
        "+23:59", "+24:00", "+01:60", "+0100", "", "+1:00"};
    Arbitrary<String> shaped = Arbitraries.randomValue(r -> String.format(java.util.Locale.ROOT,
        "%04d-%02d-%02dT%02d:%02d:%02d%s%s", r.nextInt(10_000), r.nextInt(14), r.nextInt(33), r.nextInt(26),
        r.nextInt(62), r.nextInt(62), fractions[r.nextInt(fractions.length)], offsets[r.nextInt(offsets.length)]));
    return Arbitraries.frequencyOf(Tuple.of(1, chars), Tuple.of(4, shaped));
  }

  @Provide
  Arbitrary<String> uuidLike() {
    Arbitrary<String> chars = Arbitraries.strings().withChars("0123456789abcdefABCDEFgG-+ ").ofMinLength(34).ofMaxLength(38);
    char[] replacements = {'x', 'F', '0', '-', 'g', ' ', 'A'};
    Arbitrary<String> shaped = Arbitraries.randomValue(r -> {
      String u = new UUID(r.nextLong(), r.nextLong()).toString();
      if (r.nextBoolean()) {
        u = u.toUpperCase(java.util.Locale.ROOT);
      }
      if (r.nextBoolean()) {
        int at = r.nextInt(u.length());
        u = u.substring(0, at) + replacements[r.nextInt(replacements.length)] + u.substring(at + 1);
      }
      return u;
    });
    return Arbitraries.oneOf(chars, shaped);
  }

  private static OffsetDateTime referenceDateTime(String text) {
    if (!DATE_TIME.matcher(text).matches()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static UUID referenceUuid(String text) {
    if (!UUID_FORM.matcher(text).matches()) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
