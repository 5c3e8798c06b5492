package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Format 2.0's schema is laid out for code generators (docs/json-schema.md): every record and enum
 * of the model once in {@code $defs}, under its Java name, titled with it, its labels in
 * {@code x-label}; every reference alone, or alone in an {@code allOf}.
 */
final class CodeGeneratorLayoutTest {

  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(PlanSchema.text("2.0"));

  @Test
  void everyModelTypeIsOneDefinitionTitledWithItsJavaName() {
    Set<String> types = new TreeSet<>();
    for (RecordView record : ModelView.records(IntegrationPlan.class)) {
      types.add(record.type().getSimpleName());
      for (Component c : record.components()) {
        if (c.valueType().isEnum()) {
          types.add(c.valueType().getSimpleName());
        }
      }
    }
    types.remove(IntegrationPlan.class.getSimpleName()); // the root is the schema itself
    Set<String> defs = new TreeSet<>();
    SCHEMA.get("$defs").properties().forEach(e -> defs.add(e.getKey()));
    assertThat(defs).containsAll(types);
    // beyond the model's types: the ISO country codes and the extension's value (nationalities are
    // keys of Destatis's list, coded through x-code-list, and need no definition of their own)
    Set<String> others = new TreeSet<>(defs);
    others.removeAll(types);
    assertThat(others).containsExactly("CountryCode", "JsonValue");
    SCHEMA.get("$defs").properties().forEach(e ->
        assertThat(e.getValue().path("title").asString()).as(e.getKey()).isEqualTo(e.getKey()));
    assertThat(SCHEMA.get("title").asString()).isEqualTo("IntegrationPlan");
  }

  @Test
  void labelsEveryTypeInGermanAndEnglish() {
    assertThat(SCHEMA.at("/$defs/CefrLevel/" + PlanSchema.LABEL_KEYWORD + "/de").asString())
        .isEqualTo(ModelView.label(de.integrationsplan.core.model.v2.CefrLevel.class, Locale.GERMAN));
    assertThat(SCHEMA.at("/" + PlanSchema.LABEL_KEYWORD + "/en").asString()).isEqualTo("Integration plan");
    List<String> unlabelled = new ArrayList<>();
    SCHEMA.get("$defs").properties().forEach(e -> {
      JsonNode label = e.getValue().path(PlanSchema.LABEL_KEYWORD);
      if (label.path("de").asString("").isEmpty() || label.path("en").asString("").isEmpty() || label.size() != 2) {
        unlabelled.add(e.getKey());
      }
    });
    assertThat(unlabelled).isEmpty();
  }

  @Test
  void everyReferenceStandsAlone() {
    List<String> withSiblings = new ArrayList<>();
    collect(SCHEMA, "", withSiblings);
    assertThat(withSiblings).isEmpty();
  }

  @Test
  void everyPatternEndsWhereTheTextEndsInEveryDialect() {
    List<String> patterns = new ArrayList<>();
    SCHEMA.findValues("pattern").forEach(p -> {
      if (p.isString()) {
        patterns.add(p.asString());
      }
    });
    assertThat(patterns).isNotEmpty().allMatch(p -> p.endsWith("$(?![\\s\\S])"));
    // ECMA-262 and Java read it alike: a final line feed fails, the value without it passes
    java.util.regex.Pattern id = java.util.regex.Pattern.compile(SCHEMA.at("/$defs/Goal/properties/id/pattern").asString());
    assertThat(id.matcher("g1").find()).isTrue();
    assertThat(id.matcher("g1\n").find()).isFalse();
  }

  @Test
  void formatOnesSchemaKeepsItsLayout() {
    JsonNode one = JsonMapper.builder().build().readTree(PlanSchema.text("1.0"));
    assertThat(one.at("/$defs/CefrLevel/title").asString()).isEqualTo("GER-Niveau / CEFR level");
    assertThat(one.at("/$defs/CefrLevel").has(PlanSchema.LABEL_KEYWORD)).isFalse();
  }

  private static void collect(JsonNode node, String pointer, List<String> found) {
    if (node.isObject()) {
      if (node.has("$ref") && node.size() > 1) {
        found.add(pointer);
      }
      node.properties().forEach(e -> collect(e.getValue(), pointer + "/" + e.getKey(), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, found);
      }
    }
  }
}
