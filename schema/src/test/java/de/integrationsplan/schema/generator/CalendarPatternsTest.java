package de.integrationsplan.schema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The calendar patterns accept exactly the days that exist, as java.time counts them. */
final class CalendarPatternsTest {

  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Test
  void datePatternAcceptsExactlyTheDaysThatExist() {
    Pattern date = Pattern.compile(CalendarPatterns.DATE);
    List<String> wrong = new ArrayList<>();
    // every century's turn, every leap rule, and the ends of the four-digit years
    for (int year = 0; year <= 9999; year = year == 2500 ? 9900 : year + 1) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          if (date.matcher(text).matches() != exists(text)) {
            wrong.add(text);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void datePatternNamesTheLeapDays() {
    Pattern date = Pattern.compile(CalendarPatterns.DATE);
    assertThat(List.of("2024-02-29", "2000-02-29", "0000-02-29", "1600-02-29", "2024-12-31"))
        .allMatch(d -> date.matcher(d).matches());
    assertThat(List.of("2024-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "2026-04-31", "2026-13-01",
        "2026-00-10", "2026-01-00", "20260-01-01", "2026-1-01", "+2026-01-01", "2026-01-01\n", "２０２６-01-01"))
        .noneMatch(d -> date.matcher(d).matches());
  }

  @Test
  void timestampPatternKeepsTheModelsTimeOfDayAndChecksTheDay() {
    Pattern model = Pattern.compile(de.integrationsplan.core.model.v2.Formats.DATE_TIME);
    Pattern timestamp = Pattern.compile(CalendarPatterns.dateTime(de.integrationsplan.core.model.v2.Formats.DATE_TIME,
        de.integrationsplan.core.model.v2.Formats.DATE));
    List<String> texts = List.of("2026-03-02T10:15:00+01:00", "2024-02-29T23:59:59.123456789Z", "2026-02-29T10:15:00Z",
        "2026-04-31T10:15:00Z", "2026-03-02T24:00:00Z", "2026-03-02T23:60:00Z", "2026-03-02t10:15:00Z",
        "2026-03-02T10:15:00", "2026-03-02T10:15Z", "2026-03-02T10:15:00+18:01", "2026-03-02T10:15:00-18:00");
    for (String text : texts) {
      boolean exists;
      try {
        OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        exists = model.matcher(text).matches();
      } catch (DateTimeParseException e) {
        exists = false;
      }
      assertThat(timestamp.matcher(text).matches()).as(text).isEqualTo(exists);
    }
  }

  private static boolean exists(String text) {
    try {
      LocalDate.parse(text, STRICT_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
