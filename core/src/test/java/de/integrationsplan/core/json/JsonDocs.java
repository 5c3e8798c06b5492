package de.integrationsplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

/** JSON documents for codec tests, built from the minimal plan's wire form. */
final class JsonDocs {

  /** {@code TestPlans.minimal()} as written by the codec. */
  static final String MINIMAL = "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"schemaVersion\":\"1.0\","
      + "\"status\":\"DRAFT\",\"created\":\"2026-01-05T08:00:00Z\","
      + "\"counsellingPeriod\":{\"start\":\"2026-01-05\",\"plannedEnd\":\"2029-01-04\"},"
      + "\"responsibleOrganisation\":{\"municipalityKey\":\"08111000\"},"
      + "\"integrationManager\":\"im-s-01\",\"person\":{\"pseudonym\":\"p-1\"}}";

  private JsonDocs() {}

  /** {@code target} replaced once by {@code replacement}; fails if the target is absent. */
  static String replace(String json, String target, String replacement) {
    assertThat(json).as("fixture").contains(target);
    return json.replace(target, replacement);
  }

  /** The minimal plan with more top-level members, such as {@code "goals":[...]}. */
  static String withTop(String members) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + "," + members + "}";
  }

  /** The minimal plan with more members of the person. */
  static String withPerson(String members) {
    return replace(MINIMAL, "{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\"," + members + "}");
  }

  /** The minimal plan with a competence profile of these members. */
  static String withProfile(String members) {
    return withTop("\"competenceProfile\":{" + members + "}");
  }

  /** The minimal plan with one extension of this value. */
  static String withExtensionValue(String value) {
    return withTop("\"extensions\":[{\"url\":\"https://vendor.example/x\",\"value\":" + value + "}]");
  }

  /** The failure of reading {@code json} with the default codec; fails if it is read. */
  static PlanFormatException failure(String json) {
    return failure(PlanJson.create(), json);
  }

  /** The failure of reading {@code json}; fails if it is read. */
  static PlanFormatException failure(PlanJson codec, String json) {
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> codec.read(json));
    assertThat(e).as("reading must fail with a PlanFormatException").isNotNull();
    return e;
  }

  /** The failure of reading {@code json} as bytes; fails if it is read. */
  static PlanFormatException failure(PlanJson codec, byte[] json) {
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> codec.read(json));
    assertThat(e).as("reading must fail with a PlanFormatException").isNotNull();
    return e;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
