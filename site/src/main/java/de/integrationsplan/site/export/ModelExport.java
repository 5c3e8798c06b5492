package de.integrationsplan.site.export;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.schema.PlanSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports what the site needs of the model and the schema does not publish (the short German and
 * English labels of types and properties) together with the rest of what the model says of each
 * type, from core's one view of the model ({@code ModelView}), into one JSON file per version of the
 * format: {@code model-1.0.json}, {@code model-2.0.json}. The site is then written from these files
 * and core's public API, so that this class is the only one of the site that reads core's
 * internals, and it reads them at build time only.
 *
 * <p>The labels are taken from the model, not from the schema's titles: a schema's titles may be
 * shaped for code generators, the model's labels are the ones the messages use.
 */
public final class ModelExport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelExport() {}

  /**
   * Writes {@code model-VERSION.json} for every version of the format into a folder.
   *
   * @param args the folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ModelExport OUTPUT_FOLDER");
    }
    export(Path.of(args[0]));
  }

  /**
   * Writes {@code model-VERSION.json} for every version whose schema the schema module carries.
   *
   * @param folder the folder, created if need be
   * @throws IOException if a file cannot be written
   */
  public static void export(Path folder) throws IOException {
    Files.createDirectories(folder);
    JsonMapper mapper = JsonMapper.builder().build();
    for (String version : PlanSchema.versions()) {
      int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
      Class<?> root = ModelView.rootOfMajor(major)
          .orElseThrow(() -> new IllegalStateException("the model has no version " + version));
      String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(version(version, root));
      Files.writeString(folder.resolve(fileName(version)), json + "\n", StandardCharsets.UTF_8);
    }
  }

  /**
   * The name of a version's export file.
   *
   * @param version a version of the format, such as {@code 2.0}
   * @return {@code model-2.0.json}
   */
  public static String fileName(String version) {
    return "model-" + version + ".json";
  }

  private static ObjectNode version(String version, Class<?> root) {
    ObjectNode out = NODES.objectNode();
    out.put("version", version);
    out.put("root", root.getSimpleName());
    ArrayNode types = out.putArray("types");
    Set<Class<?>> enums = new LinkedHashSet<>();
    for (RecordView record : ModelView.records(root)) {
      ObjectNode type = type(record.type(), "record");
      ArrayNode properties = type.putArray("properties");
      for (Component c : record.components()) {
        properties.add(property(c));
        if (c.kind() == ValueKind.ENUM) {
          enums.add(c.valueType());
        }
      }
      types.add(type);
    }
    for (Class<?> e : enums) {
      ObjectNode type = type(e, "enum");
      ArrayNode constants = type.putArray("constants");
      for (Object constant : e.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        ObjectNode c = constants.addObject();
        c.put("name", value.name());
        c.set("description", texts(ModelView.description(value, Locale.GERMAN), ModelView.description(value, Locale.ENGLISH)));
      }
      types.add(type);
    }
    return out;
  }

  private static ObjectNode type(Class<?> type, String kind) {
    ObjectNode out = NODES.objectNode();
    out.put("name", type.getSimpleName());
    out.put("kind", kind);
    out.set("label", texts(ModelView.label(type, Locale.GERMAN), ModelView.label(type, Locale.ENGLISH)));
    out.set("description", texts(ModelView.description(type, Locale.GERMAN), ModelView.description(type, Locale.ENGLISH)));
    return out;
  }

  private static ObjectNode property(Component c) {
    ObjectNode out = NODES.objectNode();
    out.put("name", c.name());
    out.set("label", texts(c.label(Locale.GERMAN), c.label(Locale.ENGLISH)));
    out.set("description", texts(c.description(Locale.GERMAN), c.description(Locale.ENGLISH)));
    out.put("required", c.required());
    out.put("list", c.list());
    out.put("kind", c.kind().name());
    out.put("valueType", c.valueType().getSimpleName());
    out.put("personalData", c.personalData().schemaValue());
    Coded coded = c.annotation(Coded.class);
    if (coded != null) {
      out.put("codeList", coded.value());
    }
    return out;
  }

  private static ObjectNode texts(String german, String english) {
    ObjectNode out = NODES.objectNode();
    out.put("de", german);
    out.put("en", english);
    return out;
  }
}
