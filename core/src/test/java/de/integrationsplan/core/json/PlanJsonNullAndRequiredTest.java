package de.integrationsplan.core.json;

import static de.integrationsplan.core.json.JsonDocs.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Explicit null is never allowed; required properties must be present. */
final class PlanJsonNullAndRequiredTest {

  @Test
  void nullForAnOptionalPropertyIsRejected() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"birthYear\":null"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/birthYear");
    assertThat(e.location()).isNotNull();
  }

  @Test
  void nullForATopLevelOptionalPropertyIsRejected() {
    PlanFormatException e = failure(JsonDocs.withTop("\"updated\":null"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/updated");
  }

  @Test
  void nullForARequiredPropertyIsRejectedAsNullNotAsMissing() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "\"pseudonym\":\"p-1\"", "\"pseudonym\":null"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/pseudonym");
  }

  @Test
  void nullForAListIsRejected() {
    PlanFormatException e = failure(JsonDocs.withTop("\"goals\":null"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/goals");
  }

  @Test
  void nullInsideAListIsRejectedWithItsIndex() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"languages\":[\"arb\",null]"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/languages/1");
  }

  @Test
  void nullInsideAnExtensionValueIsRejected() {
    PlanFormatException e = failure(JsonDocs.withExtensionValue("{\"a\":[1,null]}"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/extensions/0/value");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/id, '\"id\":\"00000000-0000-4000-8000-000000000001\",'",
      "/schemaVersion, '\"schemaVersion\":\"1.0\",'",
      "/status, '\"status\":\"DRAFT\",'",
      "/created, '\"created\":\"2026-01-05T08:00:00Z\",'",
      "/counsellingPeriod, '\"counsellingPeriod\":{\"start\":\"2026-01-05\",\"plannedEnd\":\"2029-01-04\"},'",
      "/responsibleOrganisation, '\"responsibleOrganisation\":{\"municipalityKey\":\"08111000\"},'",
      "/integrationManager, '\"integrationManager\":\"im-s-01\",'",
      "/counsellingPeriod/plannedEnd, ',\"plannedEnd\":\"2029-01-04\"'"})
  void missingRequiredPropertyIsRejectedWithPointerToIt(String pointer, String member) {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, member, ""));
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo(pointer);
  }

  @Test
  void missingPersonIsRejectedWithPointerToIt() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, ",\"person\":{\"pseudonym\":\"p-1\"}", ""));
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo("/person");
  }

  @Test
  void missingNestedRequiredPropertyIsRejectedWithPointerToIt() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "{\"pseudonym\":\"p-1\"}", "{\"birthYear\":1990}"));
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo("/person/pseudonym");
  }

  @Test
  void missingRequiredPropertyInAListElementIsRejectedWithPointerToIt() {
    PlanFormatException e = failure(JsonDocs.withTop(
        "\"goals\":[{\"id\":\"g1\",\"area\":\"WORK\",\"description\":\"d\",\"status\":\"ACTIVE\"},"
            + "{\"id\":\"g2\",\"area\":\"WORK\",\"status\":\"ACTIVE\"}]"));
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo("/goals/1/description");
  }

  @Test
  void missingExtensionValueIsRejectedWithPointerToIt() {
    PlanFormatException e = failure(JsonDocs.withTop("\"extensions\":[{\"url\":\"https://vendor.example/x\"}]"));
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo("/extensions/0/value");
  }

  @Test
  void emptyPersonObjectIsRejectedForTheMissingPseudonym() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "{\"pseudonym\":\"p-1\"}", "{}"));
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo("/person/pseudonym");
  }
}
