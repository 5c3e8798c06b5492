package de.integrationsplan.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first value each property of a version's model has in that version's example plans
 * ({@code examples/plans/valid} for 1.0, {@code examples/plans/2.0/valid} for 2.0), found by walking
 * each plan along the model from its root: a property that holds a record leads into that record's
 * type. The plans are read in the order of their file names, so the site is the same on every build.
 * Only values of properties that hold no record are kept: text, numbers, dates, codes, constants,
 * and lists of them.
 */
final class ExampleValues {

  /** An example: the value as compact JSON and the plan it was taken from. */
  record Example(String json, String file) {}

  private static final int MAX_LENGTH = 160;

  private final Map<String, Example> byProperty = new HashMap<>();
  private final ModelDocs.Version model;

  private ExampleValues(ModelDocs.Version model) {
    this.model = model;
  }

  /**
   * Reads the example plans of a version.
   *
   * @param model the version's model
   * @param folder the folder of its valid example plans
   * @return the examples
   * @throws IOException if a plan cannot be read
   */
  static ExampleValues read(ModelDocs.Version model, Path folder) throws IOException {
    ExampleValues examples = new ExampleValues(model);
    JsonMapper mapper = JsonMapper.builder().build();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no example plans in " + folder);
    }
    for (Path file : files) {
      examples.walk(model.root(), mapper.readTree(file.toFile()), file.getFileName().toString());
    }
    return examples;
  }

  /**
   * The example of a property.
   *
   * @param type the type's name
   * @param property the property's name
   * @return the example, or {@code null} if no example plan has a value there
   */
  @Nullable Example of(String type, String property) {
    return byProperty.get(type + "." + property);
  }

  private void walk(String typeName, JsonNode node, String file) {
    ModelDocs.Type type = model.type(typeName);
    if (type == null || !node.isObject()) {
      return;
    }
    for (ModelDocs.Property property : type.properties()) {
      JsonNode value = node.get(property.name());
      if (value == null || value.isNull()) {
        continue;
      }
      if (property.kind().equals("RECORD")) {
        if (value.isArray()) {
          value.forEach(element -> walk(property.valueType(), element, file));
        } else {
          walk(property.valueType(), value, file);
        }
      } else if (!(value.isArray() && value.isEmpty())) {
        byProperty.putIfAbsent(typeName + "." + property.name(), new Example(shorten(value.toString()), file));
      }
    }
  }

  private static String shorten(String json) {
    return json.length() <= MAX_LENGTH ? json : json.substring(0, MAX_LENGTH - 1) + "…";
  }
}
