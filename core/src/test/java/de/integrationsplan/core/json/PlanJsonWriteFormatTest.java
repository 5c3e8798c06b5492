package de.integrationsplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.CompetenceProfile;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.WorkExperience;
import de.integrationsplan.core.testing.CanaryPlans;
import de.integrationsplan.core.testing.TestPlans;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the writer puts on the wire: no nulls, no empty lists, strict date forms. */
final class PlanJsonWriteFormatTest {

  private final PlanJson json = PlanJson.create();

  @Test
  void minimalPlanIsWrittenExactlyAsExpected() {
    assertThat(json.write(TestPlans.minimal())).isEqualTo(JsonDocs.MINIMAL);
  }

  @Test
  void writingNeverEmitsNull() {
    assertThat(json.write(TestPlans.minimal())).doesNotContain("null");
    assertThat(json.write(TestPlans.complete())).doesNotContain("null");
    assertThat(json.writePretty(TestPlans.complete())).doesNotContain("null");
  }

  @Test
  void emptyListsAreLeftOut() {
    String text = json.write(TestPlans.minimal().toBuilder()
        .competenceProfile(CompetenceProfile.builder().build())
        .build());
    assertThat(text)
        .doesNotContain("[]")
        .doesNotContain("\"goals\"").doesNotContain("\"measures\"").doesNotContain("\"reviews\"")
        .doesNotContain("\"extensions\"").doesNotContain("\"nationalities\"").doesNotContain("\"languages\"")
        .doesNotContain("\"benefits\"").doesNotContain("\"schooling\"").doesNotContain("\"courses\"")
        .contains("\"competenceProfile\":{}");
  }

  @Test
  void nonEmptyListsAreWritten() {
    String text = json.write(TestPlans.minimal().toBuilder()
        .person(Person.builder("p-1").nationality("SY").language("arb", "kmr").build()).build());
    assertThat(text).contains("\"nationalities\":[\"SY\"]").contains("\"languages\":[\"arb\",\"kmr\"]");
  }

  @Test
  void datesAreWrittenAsYearMonthDay() {
    String text = json.write(TestPlans.complete());
    assertThat(text).contains("\"counsellingPeriod\":{\"start\":\"2025-03-03\",\"plannedEnd\":\"2028-03-02\"}");
    assertThat(text).contains("\"birthDate\":\"1991-06-14\"");
  }

  @Test
  void monthsAreWrittenAsYearMonth() {
    IntegrationPlan plan = TestPlans.minimal().toBuilder().competenceProfile(CompetenceProfile.builder()
        .workExperience(new WorkExperience(null, "Schneiderin", null, YearMonth.of(2013, 9), YearMonth.of(2019, 12)))
        .build()).build();
    assertThat(json.write(plan)).contains("\"from\":\"2013-09\",\"to\":\"2019-12\"");
  }

  @Test
  void yearsBeforeOneThousandAreWrittenWithFourDigits() {
    IntegrationPlan plan = TestPlans.minimal().toBuilder().competenceProfile(CompetenceProfile.builder()
        .workExperience(new WorkExperience(null, "x", null, YearMonth.of(999, 1), null)).build()).build();
    String text = json.write(plan);
    assertThat(text).contains("\"from\":\"0999-01\"");
    assertThat(json.read(text)).isEqualTo(plan);
  }

  @Test
  void timestampIsWrittenWithSecondsAndOffsetEvenWhenSecondsAreZero() {
    assertThat(json.write(TestPlans.complete())).contains("\"created\":\"2025-03-03T09:30:00+01:00\"");
  }

  @Test
  void utcTimestampIsWrittenWithZ() {
    assertThat(json.write(TestPlans.minimal())).contains("\"created\":\"2026-01-05T08:00:00Z\"");
  }

  @Test
  void fractionOfASecondIsWrittenAndKept() {
    String text = json.write(TestPlans.complete());
    assertThat(text).contains("\"updated\":\"2026-02-16T14:05:12.5+01:00\"");
    assertThat(json.read(text, IntegrationPlan.class).updated()).isEqualTo(OffsetDateTime.parse("2026-02-16T14:05:12.5+01:00"));
  }

  @ParameterizedTest
  @CsvSource({
      "2025-03-03T09:30:00+01:00, +01:00",
      "2025-03-03T09:30:00+05:30, +05:30",
      "2025-03-03T09:30:00-03:00, -03:00",
      "2025-03-03T09:30:00Z, Z",
      "2025-03-03T23:59:59+14:00, +14:00"})
  void offsetIsPreservedOnRead(String timestamp, String offset) {
    IntegrationPlan plan = TestPlans.minimal().toBuilder().created(OffsetDateTime.parse(timestamp)).build();
    String text = json.write(plan);
    assertThat(text).contains("\"created\":\"" + timestamp + "\"");
    IntegrationPlan back = json.read(text, IntegrationPlan.class);
    assertThat(back.created().getOffset()).isEqualTo(ZoneOffset.of(offset));
    assertThat(back.created()).isEqualTo(plan.created());
  }

  @ParameterizedTest
  @ValueSource(strings = {"+00:00", "-00:00"})
  void zeroOffsetWrittenOtherwiseIsReadAsUtc(String zero) {
    IntegrationPlan back = json.read(JsonDocs.replace(JsonDocs.MINIMAL, "08:00:00Z", "08:00:00" + zero), IntegrationPlan.class);
    assertThat(back.created()).isEqualTo(OffsetDateTime.parse("2026-01-05T08:00:00Z"));
  }

  @Test
  void writeBytesIsTheUtf8OfWrite() {
    IntegrationPlan plan = TestPlans.complete();
    assertThat(json.writeBytes(plan)).isEqualTo(json.write(plan).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nonAsciiTextIsWrittenAsUtf8NotEscaped() {
    String text = json.write(TestPlans.complete());
    assertThat(text).contains("Regierungspräsidium").contains("التمريض");
  }

  @Test
  void writeToStreamLeavesTheStreamOpen() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    FilterOutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    json.write(TestPlans.minimal(), out);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JsonDocs.MINIMAL);
  }

  @Test
  void writeToStreamTwiceAppendsBothPlans() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(TestPlans.minimal(), bytes);
    json.write(TestPlans.minimal(), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JsonDocs.MINIMAL + JsonDocs.MINIMAL);
  }

  @Test
  void prettyTextHasLineBreaksAndTheSameContent() {
    IntegrationPlan plan = TestPlans.complete();
    String pretty = json.writePretty(plan);
    assertThat(pretty).contains("\n");
    assertThat(json.write(json.read(pretty))).isEqualTo(json.write(plan));
  }
}
