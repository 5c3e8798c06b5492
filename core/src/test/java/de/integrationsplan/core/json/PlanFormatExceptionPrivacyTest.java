package de.integrationsplan.core.json;

import static de.integrationsplan.core.json.JsonDocs.failure;
import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.PlanValidator;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failure messages never repeat the document; exceptions carry no cause with Jackson's text. */
final class PlanFormatExceptionPrivacyTest {

  private static final String CANARY = "CANARY";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown property with canary value| schema.additionalProperties| {\"nickname\":\"CANARY-01 Rania\"}",
      "unknown property with canary object| schema.additionalProperties| {\"notes\":{\"text\":\"CANARY-02\"}}",
      "wrong type with canary string| schema.type| {\"birthYear\":\"CANARY-03\"}",
      "number for canary text| schema.type| {\"countryOfOrigin\":12345}",
      "invalid enum with canary| schema.enum| {\"sex\":\"CANARY-04\"}",
      "invalid date with canary| schema.format| {\"identifyingData\":{\"familyName\":\"x\",\"birthDate\":\"CANARY-05\"}}",
      "invalid date format| schema.format| {\"identifyingData\":{\"birthDate\":\"14.06.1991 CANARY-06\"}}",
      "null after canary| schema.type| {\"identifyingData\":{\"givenNames\":\"CANARY-07\",\"familyName\":null}}",
      "canary in list then wrong type| schema.pattern| {\"languages\":[\"CANARY-08\",{\"a\":\"CANARY-09\"}]}",
      "syntax error after canary| json.syntax| {\"identifyingData\":{\"givenNames\":\"CANARY-10\" \"familyName\":\"CANARY-11\"}}",
      "bare canary word| json.syntax| {\"identifyingData\":{\"givenNames\":CANARY_12}}",
      "truncated in canary| json.truncated| {\"identifyingData\":{\"givenNames\":\"CANARY-13",
      "control character in canary| json.syntax| {\"identifyingData\":{\"givenNames\":\"CANARY-14\u0001\"}}",
      "bad escape in canary| json.syntax| {\"identifyingData\":{\"givenNames\":\"CANARY-15\\q\"}}"})
  void messageOfAFailureNeverContainsTheDocumentsValues(String name, String code, String person) {
    String doc = JsonDocs.replace(JsonDocs.MINIMAL, "{\"pseudonym\":\"p-1\"}",
        "{\"pseudonym\":\"p-1\"," + person.substring(1));
    for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
      PlanFormatException e = failure(PlanJson.builder().locale(locale).build(), doc);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.getMessage()).doesNotContain(CANARY);
      assertThat(e.getLocalizedMessage()).doesNotContain(CANARY);
      assertThat(e.toString()).doesNotContain(CANARY);
      assertThat(e.toIssue().toString()).doesNotContain(CANARY);
      assertThat(e.toIssue().message()).isEqualTo(e.getMessage());
      assertThat(e.getCause()).isNull();
      assertThat(e.getSuppressed()).isEmpty();
      assertThat(PlanValidator.create().validate(doc).issues().toString()).doesNotContain(CANARY);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "canary UUID| \"id\":\"00000000-0000-4000-8000-000000000001\"| \"id\":\"CANARY-20\"",
      "canary timestamp| \"created\":\"2026-01-05T08:00:00Z\"| \"created\":\"2026-01-05T08:00:00 CANARY-21\"",
      "canary status| \"status\":\"DRAFT\"| \"status\":\"CANARY-22\"",
      "canary duplicate value| \"integrationManager\":\"im-s-01\"| \"integrationManager\":\"CANARY-23\",\"integrationManager\":\"CANARY-24\"",
      "canary trailing| \"person\":{\"pseudonym\":\"p-1\"}}| \"person\":{\"pseudonym\":\"p-1\"}} \"CANARY-25\""})
  void topLevelFailuresNeverContainTheDocumentsValues(String name, String target, String replacement) {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, target, replacement));
    assertThat(e.getMessage()).doesNotContain(CANARY);
    assertThat(e.toIssue().toString()).doesNotContain(CANARY);
    assertThat(e.getCause()).isNull();
  }
}
