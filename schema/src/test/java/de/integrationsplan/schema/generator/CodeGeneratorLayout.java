package de.integrationsplan.schema.generator;

import de.integrationsplan.schema.PlanSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lays out a generated schema (format 2.0 on) so that code generators make one type per model
 * type and name it as in Java. json-schema-to-typescript and quicktype read a {@code $ref} that has
 * sibling keywords (the property's {@code description}, {@code x-personal-data}, the
 * {@code type: string} that victools writes beside a {@code $ref} to an enum) as a new type that
 * extends the referenced one, and number it: {@code CefrLevel1} to {@code CefrLevel8}, or (quicktype)
 * name it after the property ({@code Country}). So a reference stands alone: a redundant
 * {@code type} beside it is dropped (the referenced type has its own), and a reference that keeps
 * siblings is wrapped, {@code "allOf": [{"$ref": ...}]}, which asserts the same, reports the same
 * keywords at the same pointers, and which both generators read as the referenced type itself.
 */
final class CodeGeneratorLayout {

  /** The keywords that open the root and each definition, in this order. */
  private static final List<String> FIRST = List.of("$schema", "$id", "title", PlanSchema.LABEL_KEYWORD,
      "description");

  private CodeGeneratorLayout() {}

  /**
   * Applies the layout in place.
   *
   * @param schema the generated schema, with its {@code $defs}
   */
  static void apply(ObjectNode schema) {
    standAlone(schema);
    order(schema);
    schema.get("$defs").properties().forEach(e -> order((ObjectNode) e.getValue()));
  }

  private static void standAlone(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && object.size() > 1) {
        object.remove("type");
        if (object.size() > 1) {
          Map<String, JsonNode> rest = new LinkedHashMap<>();
          object.properties().forEach(e -> rest.put(e.getKey(), e.getValue()));
          object.removeAll();
          rest.forEach((key, value) -> {
            if (key.equals("$ref")) {
              ArrayNode allOf = object.putArray("allOf");
              allOf.addObject().set("$ref", value);
            } else {
              object.set(key, value);
            }
          });
        }
      }
      for (JsonNode child : new ArrayList<>(object.values())) {
        standAlone(child);
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(CodeGeneratorLayout::standAlone);
    }
  }

  private static void order(ObjectNode node) {
    Map<String, JsonNode> all = new LinkedHashMap<>();
    node.properties().forEach(e -> all.put(e.getKey(), e.getValue()));
    node.removeAll();
    for (String key : FIRST) {
      JsonNode value = all.remove(key);
      if (value != null) {
        node.set(key, value);
      }
    }
    all.forEach(node::set);
  }
}
