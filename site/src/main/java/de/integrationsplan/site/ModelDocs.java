package de.integrationsplan.site;

import de.integrationsplan.site.export.ModelExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model of each version of the format as {@link ModelExport} wrote it at build time: types,
 * their properties and constants, with German and English labels and descriptions, required or
 * not, value kind and data-protection class.
 */
final class ModelDocs {

  /** A text in German and English. */
  record Text(String de, String en) {
    String in(String language) {
      return language.equals("en") ? en : de;
    }

    static Text of(JsonNode node) {
      return new Text(node.get("de").asString(), node.get("en").asString());
    }
  }

  /** A property of a record type. */
  record Property(String name, Text label, Text description, boolean required, boolean list, String kind,
      String valueType, String personalData, @Nullable String codeList) {}

  /** A constant of an enum type. */
  record Constant(String name, Text description) {}

  /** A record or enum type of the model. */
  record Type(String name, boolean isEnum, Text label, Text description, List<Property> properties,
      List<Constant> constants) {}

  /** One version of the format: its types by name, records first (the root first), then enums. */
  record Version(String version, String root, Map<String, Type> types) {
    @Nullable Type type(String name) {
      return types.get(name);
    }

    Type require(String name) {
      Type type = types.get(name);
      if (type == null) {
        throw new IllegalStateException("format " + version + " has no type " + name);
      }
      return type;
    }
  }

  private ModelDocs() {}

  /**
   * Reads a version's export.
   *
   * @param folder the folder ModelExport wrote to
   * @param version a version of the format, such as {@code 2.0}
   * @return the version's model
   * @throws IOException if the file cannot be read
   */
  static Version read(Path folder, String version) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(folder.resolve(ModelExport.fileName(version)).toFile());
    Map<String, Type> types = new LinkedHashMap<>();
    for (JsonNode t : root.get("types")) {
      List<Property> properties = new ArrayList<>();
      for (JsonNode p : t.path("properties")) {
        properties.add(new Property(p.get("name").asString(), Text.of(p.get("label")), Text.of(p.get("description")),
            p.get("required").asBoolean(), p.get("list").asBoolean(), p.get("kind").asString(),
            p.get("valueType").asString(), p.get("personalData").asString(),
            p.has("codeList") ? p.get("codeList").asString() : null));
      }
      List<Constant> constants = new ArrayList<>();
      for (JsonNode c : t.path("constants")) {
        constants.add(new Constant(c.get("name").asString(), Text.of(c.get("description"))));
      }
      String name = t.get("name").asString();
      types.put(name, new Type(name, t.get("kind").asString().equals("enum"), Text.of(t.get("label")),
          Text.of(t.get("description")), List.copyOf(properties), List.copyOf(constants)));
    }
    return new Version(root.get("version").asString(), root.get("root").asString(), types);
  }
}
