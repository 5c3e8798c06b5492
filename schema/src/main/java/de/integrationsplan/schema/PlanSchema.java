package de.integrationsplan.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema (draft 2020-12) of the integration plan, as a file in this module:
 * {@value #RESOURCE}. It is generated from the Java model and checked in; a test fails when model
 * and file drift apart.
 *
 * <p>Minor versions only add optional content; everything else is a new major version with a new
 * {@link #ID}. Non-Java vendors validate with any 2020-12 validator; see the README for ajv.
 */
public final class PlanSchema {

  /** The schema version, major.minor: {@value}. */
  public static final String VERSION = "1.0";

  /** The schema's {@code $id}: {@value}. */
  public static final String ID = "https://integrationsplan.de/schema/" + VERSION + "/integration-plan.schema.json";

  /** The file name of the schema: {@value}. */
  public static final String FILE_NAME = "integration-plan.schema.json";

  /** The schema's path in this module's jar: {@value}. */
  public static final String RESOURCE = "/de/integrationsplan/schema/" + FILE_NAME;

  /** The vocabulary keyword that classifies personal data: {@value}. */
  public static final String PERSONAL_DATA_KEYWORD = "x-personal-data";

  private PlanSchema() {}

  /**
   * Opens the schema file.
   *
   * @return a new stream of the schema's UTF-8 bytes; the caller closes it
   */
  public static InputStream open() {
    InputStream in = PlanSchema.class.getResourceAsStream(FILE_NAME);
    if (in == null) {
      throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the jar");
    }
    return in;
  }

  /**
   * The schema as text.
   *
   * @return the schema
   */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON Pointer into a plan as findings give it: cut before its first token that is neither an
   * array index nor a property name the schema defines. {@code /measures/0/kosten~1monat} becomes
   * {@code /measures/0}, {@code /extensions/1/value/tags/0} becomes {@code /extensions/1/value}. A
   * name the schema does not define was written by the sender and may be personal data, so no
   * finding repeats it, whichever validator made it; its line and column find the place. For
   * {@code additionalProperties} the pointer is the object that holds the unknown property, as JSON
   * Schema validators report it.
   *
   * @param pointer a JSON Pointer into a plan
   * @return the pointer, or its longest prefix of the schema's names and indexes
   */
  public static String findingPointer(String pointer) {
    int at = 0;
    int n = pointer.length();
    while (at < n) {
      int end = pointer.indexOf('/', at + 1);
      if (end < 0) {
        end = n;
      }
      String token = pointer.substring(at + 1, end);
      if (!isIndex(token) && !Names.ALL.contains(token)) {
        return pointer.substring(0, at);
      }
      at = end;
    }
    return pointer;
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 1 && token.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Every name under a {@code properties} keyword of the schema, read once. */
  private static final class Names {
    static final Set<String> ALL = collect();

    private static Set<String> collect() {
      Set<String> names = new HashSet<>();
      collect(JsonMapper.builder().build().readTree(text()), names);
      return Set.copyOf(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
      if (node.isObject()) {
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
          names.addAll(properties.propertyNames());
        }
      }
      if (node.isContainer()) {
        node.values().forEach(child -> collect(child, names));
      }
    }
  }
}
