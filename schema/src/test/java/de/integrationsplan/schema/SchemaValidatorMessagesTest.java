package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema-only validator says a finding in the words of the library's reader. */
final class SchemaValidatorMessagesTest {

  private static final String MINIMAL = "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"schemaVersion\":\"1.0\","
      + "\"status\":\"DRAFT\",\"created\":\"2026-01-05T08:00:00Z\","
      + "\"counsellingPeriod\":{\"start\":\"2026-01-05\",\"plannedEnd\":\"2029-01-04\"},"
      + "\"responsibleOrganisation\":{\"municipalityKey\":\"08111000\"},"
      + "\"integrationManager\":\"im-s-01\",\"person\":{\"pseudonym\":\"p-1\"}}";

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"de", "en"})
  void givesTheReadersMessagesForAPatternAFormatAndAType(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String json = MINIMAL.replace("\"08111000\"", "\"08111\"").replace("\"2026-01-05\"", "\"05.01.2026\"")
        .replace("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\",\"birthYear\":\"1990\"}");
    List<ValidationIssue> ours = PlanValidator.builder().locale(locale).build().validate(json).issues();
    List<ValidationIssue> networknt = SchemaValidator.create(locale, JsonLimits.defaults()).validate(json).issues();
    assertThat(ours).hasSize(3);
    assertThat(networknt).extracting(ValidationIssue::code, ValidationIssue::pointer, ValidationIssue::message)
        .containsExactlyInAnyOrderElementsOf(ours.stream()
            .map(i -> tuple(i.code(), i.pointer(), i.message())).toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"birthYear\":-92e23372036851249633", "\"unknown\":[1e2147483648]"})
  void refusesANumberBeyondADecimalsRangeAsTheReaderDoes(String member) {
    // Jackson's tree reader throws a NumberFormatException for these, no JacksonException
    String json = MINIMAL.replace("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\"," + member + "}");
    assertThat(SchemaValidator.create().validate(json).issues()).extracting(ValidationIssue::code)
        .containsExactly("json.limit.numberRange");
    assertThat(SchemaValidator.create().validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).issues())
        .extracting(ValidationIssue::code).containsExactly("json.limit.numberRange");
  }
}
