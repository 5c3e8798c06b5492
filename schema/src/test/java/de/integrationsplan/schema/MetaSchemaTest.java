package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema is a valid draft 2020-12 schema and keeps the promises of the design. */
final class MetaSchemaTest {

  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(PlanSchema.text());

  @Test
  void validatesAgainstTheDraft202012MetaSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Error> errors = meta.validate(SCHEMA);
    assertThat(errors).isEmpty();
  }

  @Test
  void namesItsDialectAndVersionedId() {
    assertThat(SCHEMA.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.get("$id").asString()).isEqualTo(PlanSchema.ID).contains("/" + PlanSchema.VERSION + "/");
  }

  @Test
  void closesEveryObjectButExtensionValues() {
    Set<String> open = new TreeSet<>();
    SCHEMA.get("$defs").properties().forEach(e -> {
      JsonNode def = e.getValue();
      if (def.has("properties") && !def.path("additionalProperties").isBoolean()) {
        open.add(e.getKey());
      }
    });
    assertThat(open).isEmpty();
    assertThat(SCHEMA.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void classifiesEveryPropertyAsPersonalData() {
    Set<String> unclassified = new TreeSet<>();
    SCHEMA.get("$defs").properties().forEach(def -> def.getValue().path("properties").properties()
        .forEach(p -> {
          if (!p.getValue().has(PlanSchema.PERSONAL_DATA_KEYWORD)) {
            unclassified.add(def.getKey() + "." + p.getKey());
          }
        }));
    SCHEMA.get("properties").properties().forEach(p -> {
      if (!p.getValue().has(PlanSchema.PERSONAL_DATA_KEYWORD)) {
        unclassified.add("IntegrationPlan." + p.getKey());
      }
    });
    assertThat(unclassified).isEmpty();
    assertThat(SCHEMA.at("/$defs/IdentifyingData/properties/familyName/x-personal-data").asString())
        .isEqualTo("identifying");
  }

  @Test
  void describesEveryPropertyInGermanAndEnglish() {
    Set<String> missing = new TreeSet<>();
    SCHEMA.get("$defs").properties().forEach(def -> {
      if (!def.getValue().has("title") || !def.getValue().has("description")) {
        missing.add(def.getKey());
      }
      def.getValue().path("properties").properties().forEach(p -> {
        String d = p.getValue().path("description").asString("");
        if (!d.contains("\n\n")) {
          missing.add(def.getKey() + "." + p.getKey());
        }
      });
    });
    assertThat(missing).isEmpty();
  }
}
