package de.integrationsplan.core.json;

import static de.integrationsplan.core.json.JsonDocs.failure;
import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.testing.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One JSON object per document: no duplicates, nothing after it, not empty, not broken. */
final class PlanJsonDocumentShapeTest {

  @Test
  void minimalDocumentIsRead() {
    assertThat(PlanJson.create().read(JsonDocs.MINIMAL)).isEqualTo(TestPlans.minimal());
  }

  @Test
  void duplicateTopLevelKeyIsRejectedWithPointerToTheRepeatedProperty() {
    PlanFormatException e = failure(JsonDocs.withTop("\"integrationManager\":\"im-s-02\""));
    assertThat(e.code()).isEqualTo("json.duplicateKey");
    assertThat(e.pointer()).isEqualTo("/integrationManager");
    assertThat(e.location()).isNotNull();
  }

  @Test
  void duplicateNestedKeyIsRejectedWithPointerToTheRepeatedProperty() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"pseudonym\":\"p-2\""));
    assertThat(e.code()).isEqualTo("json.duplicateKey");
    assertThat(e.pointer()).isEqualTo("/person/pseudonym");
  }

  @Test
  void duplicateKeyInsideAnExtensionValueIsRejected() {
    PlanFormatException e = failure(JsonDocs.withExtensionValue("{\"a\":1,\"a\":2}"));
    assertThat(e.code()).isEqualTo("json.duplicateKey");
    assertThat(e.pointer()).isEqualTo("/extensions/0/value");
  }

  @Test
  void trailingValueAfterThePlanIsRejected() {
    PlanFormatException e = failure(JsonDocs.MINIMAL + " 42");
    assertThat(e.code()).isEqualTo("json.trailingContent");
    assertThat(e.pointer()).isEmpty();
    assertThat(e.location()).isNotNull();
    assertThat(e.location().line()).isEqualTo(1);
    assertThat(e.location().column()).isEqualTo(JsonDocs.MINIMAL.length() + 2);
  }

  @Test
  void secondDocumentIsRejected() {
    PlanFormatException e = failure(JsonDocs.MINIMAL + "\n" + JsonDocs.MINIMAL);
    assertThat(e.code()).isEqualTo("json.trailingContent");
    assertThat(e.location()).isNotNull();
    assertThat(e.location().line()).isEqualTo(2);
  }

  @Test
  void trailingNullAfterThePlanIsRejectedAsTrailingContent() {
    PlanFormatException e = failure(JsonDocs.MINIMAL + " null");
    assertThat(e.code()).isEqualTo("json.trailingContent");
  }

  @Test
  void trailingGarbageAfterThePlanIsRejected() {
    PlanFormatException e = failure(JsonDocs.MINIMAL + " x");
    assertThat(e.code()).isIn("json.trailingContent", "json.syntax");
    assertThat(e.location()).isNotNull();
  }

  @Test
  void trailingWhitespaceIsAllowed() {
    assertThat(PlanJson.create().read(JsonDocs.MINIMAL + " \n\t\r\n ")).isEqualTo(TestPlans.minimal());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " ", "\n\t\r "})
  void emptyOrWhitespaceOnlyDocumentIsRejectedAsEmpty(String document) {
    PlanFormatException e = failure(document);
    assertThat(e.code()).isEqualTo("json.empty");
    assertThat(e.pointer()).isEmpty();
  }

  @Test
  void emptyByteArrayIsRejectedAsEmpty() {
    assertThat(failure(PlanJson.create(), new byte[0]).code()).isEqualTo("json.empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{}]", "\"text\"", "42", "true"})
  void documentThatIsNotAnObjectIsRejectedAsWrongType(String document) {
    PlanFormatException e = failure(document);
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEmpty();
  }

  @Test
  void documentThatIsNullIsRejected() {
    PlanFormatException e = failure("null");
    assertThat(e.code()).isEqualTo("schema.type");
    assertThat(e.pointer()).isEmpty();
  }

  @Test
  void emptyObjectIsRejectedForItsMissingVersionAlone() {
    // without schemaVersion nothing else can be checked: what a plan must hold depends on it
    PlanFormatException e = failure("{}");
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo("/schemaVersion");
    assertThat(e.issues()).hasSize(1);
  }

  @Test
  void emptyObjectOfAVersionIsRejectedForEveryMissingRequiredProperty() {
    PlanFormatException e = failure("{\"schemaVersion\":\"1.0\"}");
    assertThat(e.code()).isEqualTo("schema.required");
    assertThat(e.pointer()).isEqualTo("/id");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 50, 100, 200})
  void truncatedDocumentIsRejectedAsTruncated(int length) {
    PlanFormatException e = failure(JsonDocs.MINIMAL.substring(0, length));
    assertThat(e.code()).isEqualTo("json.truncated");
    assertThat(e.location()).isNotNull();
  }

  @Test
  void syntaxErrorHasLineAndColumn() {
    String broken = "{\n  \"id\": \"00000000-0000-4000-8000-000000000001\",\n  \"status\": DRAFT\n}";
    PlanFormatException e = failure(broken);
    assertThat(e.code()).isEqualTo("json.syntax");
    assertThat(e.location()).isNotNull();
    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.location().column()).isBetween(13, 18);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"schemaVersion\" \"1.0\"}", "{\"schemaVersion\":\"1.0\",}", "{'schemaVersion':'1.0'}",
      "{schemaVersion:\"1.0\"}", "{\"schemaVersion\":\"1.0\" // c\n}", "{\"schemaVersion\":\"1.0\" /* c */}",
      "{\"birthYear\":NaN}", "{\"birthYear\":01}", "{\"birthYear\":+1}"})
  void nonStandardJsonIsRejectedAsSyntaxError(String document) {
    PlanFormatException e = failure(document);
    assertThat(e.code()).isEqualTo("json.syntax");
    assertThat(e.location()).isNotNull();
  }
}
