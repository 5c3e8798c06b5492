package de.integrationsplan.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
   * A JSON Pointer into a plan as findings give it: cut where it leaves the schema. Each token must
   * be a property the schema defines for the object it is in, or an index into an array, and nothing
   * follows a value that is no object or array of the schema (a text, a code, an extension's
   * value). {@code /measures/0/kosten~1monat} becomes {@code /measures/0},
   * {@code /extensions/1/value/note} becomes {@code /extensions/1/value}. A name the schema does
   * not define there was written by the sender and may be personal data, so no finding repeats it,
   * whichever validator made it; its line and column find the place. For
   * {@code additionalProperties} the pointer is the object that holds the unknown property, as JSON
   * Schema validators report it. The library's reader cuts its pointers by the same rule.
   *
   * @param pointer a JSON Pointer into a plan
   * @return the pointer, or its longest prefix that follows the schema
   */
  public static String findingPointer(String pointer) {
    java.util.Objects.requireNonNull(pointer, "pointer");
    JsonNode node = Tree.resolve(Tree.ROOT);
    int at = 0;
    int n = pointer.length();
    while (at < n) {
      int end = pointer.indexOf('/', at + 1);
      if (end < 0) {
        end = n;
      }
      String token = pointer.substring(at + 1, end);
      JsonNode next = null;
      if (node.has("items") && isIndex(token)) {
        next = node.get("items");
      } else if (node.path("properties").has(token)) {
        next = node.get("properties").get(token);
      }
      if (next == null) {
        return pointer.substring(0, at);
      }
      node = Tree.resolve(next);
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

  /** The schema as a tree, read once, for {@link #findingPointer}. */
  private static final class Tree {
    static final JsonNode ROOT = JsonMapper.builder().build().readTree(text());

    /** The node a local {@code $ref} ({@code #/$defs/Goal}) names, or the node itself. */
    static JsonNode resolve(JsonNode node) {
      JsonNode ref = node.get("$ref");
      while (ref != null && ref.isString() && ref.stringValue().startsWith("#/")) {
        node = ROOT.at(ref.stringValue().substring(1));
        ref = node.get("$ref");
      }
      return node;
    }
  }
}
