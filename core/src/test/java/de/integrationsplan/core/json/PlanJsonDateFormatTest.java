package de.integrationsplan.core.json;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import static de.integrationsplan.core.json.JsonDocs.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Dates, months and timestamps only in their one strict form. */
final class PlanJsonDateFormatTest {

  private static String withStart(String value) {
    return JsonDocs.replace(JsonDocs.MINIMAL, "\"start\":\"2026-01-05\"", "\"start\":" + value);
  }

  private static String withCreated(String value) {
    return JsonDocs.replace(JsonDocs.MINIMAL, "\"created\":\"2026-01-05T08:00:00Z\"", "\"created\":" + value);
  }

  private static String withWorkFrom(String value) {
    return JsonDocs.withProfile("\"workExperience\":[{\"description\":\"x\",\"from\":" + value + "}]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-32"})
  void dateThatDoesNotExistIsInvalid(String date) {
    PlanFormatException e = failure(withStart("\"" + date + "\""));
    assertThat(e.code()).isEqualTo("schema.format");
    assertThat(e.pointer()).isEqualTo("/counsellingPeriod/start");
  }

  @Test
  void leapDayIsRead() {
    assertThat(PlanJson.create().read(withStart("\"2024-02-29\""), IntegrationPlan.class).counsellingPeriod().start())
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"03.03.2025", "2025-3-3", "2025-03-3", "20250303", "2025/03/03", "25-03-03", "+2025-03-03",
      "2025-03-03T00:00:00Z", "2025-03-03 ", " 2025-03-03", "2025-03", "", "2025-03-03Z", "２０２５-03-03"})
  void dateInAnotherFormatIsInvalid(String date) {
    PlanFormatException e = failure(withStart("\"" + date + "\""));
    assertThat(e.issues()).extracting(i -> i.code() + " " + i.pointer())
        .as("one mistake, one finding: the format, not the pattern beside it")
        .containsExactly("schema.format /counsellingPeriod/start");
    assertThat(e.pointer()).isEqualTo("/counsellingPeriod/start");
  }

  @ParameterizedTest
  @ValueSource(strings = {"20250303", "[2025,3,3]", "true", "{\"year\":2025}"})
  void dateThatIsNotAStringIsWrongType(String value) {
    PlanFormatException e = failure(withStart(value));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/counsellingPeriod/start");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-05T08:00:00", "2026-01-05T08:00", "2026-01-05T08:00Z", "2026-01-05T08:00+01:00",
      "2026-01-05 08:00:00Z", "2026-01-05T08:00:00+0100", "2026-01-05T08:00:00+01",
      "2026-01-05T25:00:00Z", "2026-01-05T08:60:00Z", "2026-01-05", "2026-01-05T08:00:00[Europe/Berlin]",
      "2026-01-05T08:00:00+01:00[Europe/Berlin]"})
  void timestampWithoutSecondsOrOffsetOrOtherwiseMalformedBreaksTheFormat(String timestamp) {
    PlanFormatException e = failure(withCreated("\"" + timestamp + "\""));
    assertThat(e.code()).isEqualTo("schema.format");
    assertThat(e.pointer()).isEqualTo("/created");
  }

  /** RFC 3339 allows them, the schema's pattern does not: a lower-case t and z, ten fraction digits, an offset beyond 18 hours, a leap second. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-01-05t08:00:00z", "2026-01-05T08:00:00.1234567890Z", "2026-01-05T08:00:00+19:00",
      "2026-06-30T23:59:60Z"})
  void realTimestampInAFormTheSchemaExcludesBreaksOnlyThePattern(String timestamp) {
    PlanFormatException e = failure(withCreated("\"" + timestamp + "\""));
    assertThat(e.issues()).extracting(i -> i.code() + " " + i.pointer()).containsExactly("schema.pattern /created");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1767600000", "1767600000000", "[2026,1,5,8,0]"})
  void timestampThatIsNotAStringIsWrongType(String value) {
    PlanFormatException e = failure(withCreated(value));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/created");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-12-01", "2019-12-1", "2019-13", "2019-00", "12/2019", "2019-1", "2019"})
  void monthWithDayOrOtherwiseMalformedBreaksThePattern(String month) {
    PlanFormatException e = failure(withWorkFrom("\"" + month + "\""));
    assertThat(e.code()).isEqualTo("schema.pattern");
    assertThat(e.pointer()).isEqualTo("/competenceProfile/workExperience/0/from");
  }

  @Test
  void monthIsRead() {
    assertThat(PlanJson.create().read(withWorkFrom("\"2019-12\""), IntegrationPlan.class).competenceProfile().workExperience().get(0).from())
        .isEqualTo(YearMonth.of(2019, 12));
  }

  @Test
  void monthAsNumberIsWrongType() {
    PlanFormatException e = failure(withWorkFrom("201912"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/competenceProfile/workExperience/0/from");
  }
}
