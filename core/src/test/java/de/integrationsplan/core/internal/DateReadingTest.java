package de.integrationsplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast date reader accepts exactly what the published pattern and {@link LocalDate#parse}
 * accept together, so that the reader and every schema validator agree.
 */
final class DateReadingTest {

  private static final Pattern PATTERN = Pattern.compile(StrictTime.DATE_PATTERN);

  @Property(tries = 3000)
  void agreesWithPatternAndIsoParsing(@ForAll("dateLike") String text) {
    assertThat(StrictTime.date(text)).isEqualTo(reference(text));
  }

  @Example
  void readsLeapDaysOnlyInLeapYears() {
    assertThat(StrictTime.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(StrictTime.date("2025-02-29")).isNull();
    assertThat(StrictTime.date("2025-04-31")).isNull();
    assertThat(StrictTime.date("2025-4-30")).isNull();
    assertThat(StrictTime.date("+2025-04-30")).isNull();
    assertThat(StrictTime.date("２０２５-04-30")).isNull();
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> digitsAndDashes = Arbitraries.strings().withChars("0123456789-+T ").ofMinLength(8).ofMaxLength(12);
    Arbitrary<String> shaped = Arbitraries.integers().between(0, 9999).flatMap(y -> Arbitraries.integers().between(0, 13)
        .flatMap(m -> Arbitraries.integers().between(0, 32)
            .map(d -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d))));
    return Arbitraries.oneOf(digitsAndDashes, shaped);
  }

  private static LocalDate reference(String text) {
    if (!PATTERN.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
