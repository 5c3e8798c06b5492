package de.integrationsplan.core.json;

import static de.integrationsplan.core.json.JsonDocs.failure;
import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.TextLocation;
import org.junit.jupiter.api.Test;

/** Properties that are not in the schema are rejected, except inside extension values. */
final class PlanJsonUnknownPropertyTest {

  @Test
  void unknownTopLevelPropertyIsRejectedAtTheDocument() {
    PlanFormatException e = failure(JsonDocs.withTop("\"nickname\":\"x\""));
    assertThat(e.code()).isEqualTo("schema.additionalProperties");
    assertThat(e.pointer()).isEmpty();
  }

  @Test
  void unknownNestedPropertyIsRejectedAtItsObject() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"nickname\":\"x\""));
    assertThat(e.code()).isEqualTo("schema.additionalProperties");
    assertThat(e.pointer()).isEqualTo("/person");
  }

  @Test
  void unknownPropertyInAListElementIsRejectedAtTheElement() {
    PlanFormatException e = failure(JsonDocs.withTop(
        "\"goals\":[{\"id\":\"g1\",\"area\":\"WORK\",\"description\":\"d\",\"status\":\"ACTIVE\"},"
            + "{\"id\":\"g2\",\"area\":\"WORK\",\"description\":\"d\",\"status\":\"ACTIVE\",\"colour\":\"red\"}]"));
    assertThat(e.code()).isEqualTo("schema.additionalProperties");
    assertThat(e.pointer()).isEqualTo("/goals/1");
  }

  @Test
  void optionalPropertyNameInOtherCaseIsUnknown() {
    PlanFormatException e = failure(JsonDocs.withTop("\"Updated\":\"2026-01-06T10:00:00Z\""));
    assertThat(e.code()).isEqualTo("schema.additionalProperties");
    assertThat(e.pointer()).isEmpty();
  }

  @Test
  void requiredPropertyNameInOtherCaseIsAnUnknownOneAndTheRequiredOneMissing() {
    PlanFormatException e = failure(JsonDocs.replace(JsonDocs.MINIMAL, "\"integrationManager\"", "\"IntegrationManager\""));
    assertThat(e.issues()).extracting(i -> i.code() + " " + i.pointer())
        .containsExactly("schema.additionalProperties ", "schema.required /integrationManager");
  }

  @Test
  void unknownPropertyWithSlashAndTildeIsLeftOutOfThePointer() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"a/b~c\":1"));
    assertThat(e.code()).isEqualTo("schema.additionalProperties");
    assertThat(e.pointer()).isEqualTo("/person");
    // the name is submitted content: the pointer leaves it out, line and column find it
    TextLocation at = e.issues().get(0).location();
    assertThat(at).isNotNull();
    String json = JsonDocs.withPerson("\"a/b~c\":1");
    assertThat(json.split("\n", -1)[at.line() - 1].substring(at.column() - 1)).startsWith("\"a/b~c\"");
  }

  @Test
  void unknownPropertyInsideAnExtensionValueIsAllowed() {
    var plan = PlanJson.create().read(JsonDocs.withExtensionValue("{\"anything\":{\"goes\":[1,\"two\",true]}}"), de.integrationsplan.core.model.v1.IntegrationPlan.class);
    assertThat(plan.extensions()).hasSize(1);
  }

  @Test
  void unknownPropertyBesideAnExtensionValueIsRejected() {
    PlanFormatException e = failure(JsonDocs.withTop(
        "\"extensions\":[{\"url\":\"https://vendor.example/x\",\"value\":1,\"extra\":2}]"));
    assertThat(e.code()).isEqualTo("schema.additionalProperties");
    assertThat(e.pointer()).isEqualTo("/extensions/0");
  }
}
