package de.integrationsplan.core.json;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import static de.integrationsplan.core.json.JsonDocs.failure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No coercion: every value must have the JSON type of the schema. */
final class PlanJsonTypeMismatchTest {

  private static final String QUALIFICATION = "\"qualifications\":[{\"id\":\"q1\",\"originalTitle\":\"Diplom\",%s}]";

  @ParameterizedTest
  @ValueSource(strings = {"12", "12.5", "true", "{}", "[\"p-1\"]"})
  void nonStringWhereStringExpectedIsWrongType(String value) {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "\"pseudonym\":\"p-1\"", "\"pseudonym\":" + value));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/pseudonym");
  }

  @Test
  void emptyStringWhereTheSchemaWantsTextIsTooShortAndBreaksThePattern() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "\"pseudonym\":\"p-1\"", "\"pseudonym\":\"\""));
    assertThat(e.issues()).extracting(i -> i.code() + " " + i.pointer())
        .containsExactly("schema.minLength /person/pseudonym", "schema.pattern /person/pseudonym");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"12\"", "\"1990\"", "true", "{}", "[1990]"})
  void nonIntegerWhereIntegerExpectedIsWrongType(String value) {
    PlanFormatException e = failure(JsonDocs.withPerson("\"birthYear\":" + value));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/birthYear");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990.5", "1990.25", "1.9905e3"})
  void numberWithFractionWhereIntegerExpectedIsWrongType(String value) {
    PlanFormatException e = failure(JsonDocs.withPerson("\"birthYear\":" + value));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/birthYear");
  }

  /** JSON Schema holds every number to minimum and maximum, an integer's or not. */
  @ParameterizedTest
  @ValueSource(strings = {"1.5", "-3.25", "2100.5", "1e-400", "-123456789012.5"})
  void numberWithFractionBeyondTheBoundsBreaksTypeAndBound(String value) {
    PlanFormatException e = failure(JsonDocs.withPerson("\"birthYear\":" + value));
    assertThat(e.issues()).extracting(i -> i.code() + " " + i.pointer())
        .containsExactly("schema.type /person/birthYear",
            value.equals("2100.5") ? "schema.maximum /person/birthYear" : "schema.minimum /person/birthYear");
  }

  /** JSON Schema counts a number with a zero fraction as an integer; so does the reader. */
  @ParameterizedTest
  @ValueSource(strings = {"1990.0", "1.99e3", "1990.000"})
  void integerWrittenWithZeroFractionIsAnInteger(String value) {
    assertThat(PlanJson.create().read(JsonDocs.withPerson("\"birthYear\":" + value), IntegrationPlan.class).person().birthYear())
        .isEqualTo(1990);
  }

  @Test
  void integerTooLargeForTheFieldIsAboveItsMaximumNotASyntaxError() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"birthYear\":99999999999"));
    assertThat(e.code()).isEqualTo("schema.maximum");
    assertThat(e.pointer()).isEqualTo("/person/birthYear");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"true\"", "\"false\"", "1", "0", "\"yes\""})
  void nonBooleanWhereBooleanExpectedIsWrongType(String value) {
    PlanFormatException e = failure(JsonDocs.withProfile(String.format(QUALIFICATION, "\"regulatedProfession\":" + value)));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/competenceProfile/qualifications/0/regulatedProfession");
  }

  @Test
  void booleanIsRead() {
    var plan = PlanJson.create().read(JsonDocs.withProfile(String.format(QUALIFICATION, "\"regulatedProfession\":false")), de.integrationsplan.core.model.v1.IntegrationPlan.class);
    assertThat(plan.competenceProfile().qualifications().get(0).regulatedProfession()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"active\"", "\"Active\"", "\"ACTIVE_\"", "\"ARCHIVED\"", "\"1\"", "\"\""})
  void enumValueThatIsNotAConstantIsInvalid(String value) {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "\"status\":\"DRAFT\"", "\"status\":" + value));
    assertThat(e.code()).isEqualTo("schema.enum");
    assertThat(e.pointer()).isEqualTo("/status");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "1.5", "true"})
  void enumAsNumberOrBooleanBreaksTypeAndEnumAsEverySchemaValidatorReportsIt(String value) {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "\"status\":\"DRAFT\"", "\"status\":" + value));
    assertThat(e.issues()).extracting(i -> i.code() + " " + i.pointer())
        .containsExactlyInAnyOrder("schema.type /status", "schema.enum /status");
    assertThat(e.pointer()).isEqualTo("/status");
  }

  @Test
  void enumInAListInWrongCaseIsInvalidWithIndex() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"benefits\":[\"SGB_II\",\"sgb_xii\"]"));
    assertThat(e.code()).isEqualTo("schema.enum");
    assertThat(e.pointer()).isEqualTo("/person/benefits/1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"not-a-uuid\"", "\"3f1c2a9e-8b7d-4c55-9a61\"", "\"3f1c2a9e8b7d4c559a610d2e4f6a8b10\"",
      "\"3f1c2a9e-8b7d-4c55-9a61-0d2e4f6a8b1g\"", "\"{3f1c2a9e-8b7d-4c55-9a61-0d2e4f6a8b10}\""})
  void malformedUuidIsInvalid(String value) {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL,
        "\"id\":\"00000000-0000-4000-8000-000000000001\"", "\"id\":" + value));
    assertThat(e.code()).isEqualTo("schema.format");
    assertThat(e.pointer()).isEqualTo("/id");
  }

  @Test
  void emptyStringAsUuidIsRejected() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL,
        "\"id\":\"00000000-0000-4000-8000-000000000001\"", "\"id\":\"\""));
    assertThat(e.code()).isEqualTo("schema.format");
    assertThat(e.pointer()).isEqualTo("/id");
  }

  @Test
  void uuidAsNumberIsRejected() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL,
        "\"id\":\"00000000-0000-4000-8000-000000000001\"", "\"id\":1"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[{\"pseudonym\":\"p-1\"}]", "\"p-1\"", "1", "true"})
  void nonObjectWhereObjectExpectedIsWrongType(String value) {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "{\"pseudonym\":\"p-1\"}", value));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person");
  }

  @Test
  void emptyArrayWhereObjectExpectedIsRejected() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "{\"pseudonym\":\"p-1\"}", "[]"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"arb\"", "{\"0\":\"arb\"}", "1"})
  void singleValueWhereListExpectedIsWrongType(String value) {
    PlanFormatException e = failure(JsonDocs.withPerson("\"languages\":" + value));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/languages");
  }

  @Test
  void singleObjectWhereListOfObjectsExpectedIsWrongType() {
    PlanFormatException e = failure(JsonDocs.withTop(
        "\"goals\":{\"id\":\"g1\",\"area\":\"WORK\",\"description\":\"d\",\"status\":\"ACTIVE\"}"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/goals");
  }

  @Test
  void emptyListIsReadAsEmpty() {
    var plan = PlanJson.create().read(JsonDocs.withPerson("\"languages\":[]"), de.integrationsplan.core.model.v1.IntegrationPlan.class);
    assertThat(plan.person().languages()).isEmpty();
  }

  @Test
  void numberInAListOfStringsIsWrongTypeWithIndex() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"nationalities\":[\"SY\",7]"));
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEqualTo("/person/nationalities/1");
  }
}
