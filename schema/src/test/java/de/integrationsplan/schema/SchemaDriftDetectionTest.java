package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.schema.generator.SchemaGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The drift check fails, naming the place, when the committed file and the model disagree: here
 * the committed file is made older than the model, as if a model change had not been regenerated.
 */
final class SchemaDriftDetectionTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String MODEL = SchemaGenerator.generate(IntegrationPlan.class);

  @Test
  void reportsAPropertyTheModelGainedButTheFileLacks() {
    ObjectNode committed = (ObjectNode) MAPPER.readTree(MODEL);
    ((ObjectNode) committed.get("properties")).remove("closure");
    assertThat(SchemaDrift.differences(MAPPER.writeValueAsString(committed), MODEL))
        .containsExactly("/properties/closure only in the model");
  }

  @Test
  void reportsAConstraintThatChanged() {
    ObjectNode committed = (ObjectNode) MAPPER.readTree(MODEL);
    ((ObjectNode) committed.get("properties").get("goals")).put("maxItems", 50);
    assertThat(SchemaDrift.differences(MAPPER.writeValueAsString(committed), MODEL))
        .containsExactly("/properties/goals/maxItems differs");
  }

  @Test
  void reportsAPropertyTheModelLost() {
    ObjectNode committed = (ObjectNode) MAPPER.readTree(MODEL);
    ((ObjectNode) committed.get("$defs").get("Goal").get("properties")).putObject("legacyNote").put("type", "string");
    assertThat(SchemaDrift.differences(MAPPER.writeValueAsString(committed), MODEL))
        .containsExactly("/$defs/Goal/properties/legacyNote only in the committed file");
  }

  @Test
  void reportsFormattingDifferencesToo() {
    assertThat(SchemaDrift.differences(MODEL.replace("\n", "\r\n"), MODEL)).containsExactly("(formatting differs)");
  }

  @Test
  void findsNothingWhenBothAgree() {
    assertThat(SchemaDrift.differences(MODEL, SchemaGenerator.generate(IntegrationPlan.class))).isEmpty();
  }
}
