package de.integrationsplan.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schemas (draft 2020-12) of the integration plan, one per version of the
 * format, as files in this module: format 1.0's at {@value #RESOURCE}, every later one at
 * {@code /de/integrationsplan/schema/<version>/integration-plan.schema.json}. Each is generated
 * from the Java model of its major version and checked in; a test fails when model and file drift
 * apart, and format 1.0's file never changes.
 *
 * <p>The methods without a version are format 1.0's; those with one serve every version in
 * {@link #versions()}. Minor versions only add optional content; everything else is a new major
 * version with a new {@code $id}. Non-Java vendors validate with any 2020-12 validator; see the
 * README for ajv.
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

  /** The versions of the format whose schemas this jar carries, oldest first. */
  private static final List<String> VERSIONS = List.of(VERSION, "2.0");

  /** The vocabulary keyword that classifies personal data: {@value}. */
  public static final String PERSONAL_DATA_KEYWORD = "x-personal-data";

  /**
   * The vocabulary keyword that names the code list a coded string's value comes from, by its URN
   * ({@code urn:de:integrationsplan:codelist:legal-basis}): {@value}. The plan's {@code codeLists}
   * says which version of the list applies; the published lists are in this jar.
   */
  public static final String CODE_LIST_KEYWORD = "x-code-list";

  /**
   * The vocabulary keyword (format 2.0 on) that holds a type's German and English labels, as an
   * object {@code {"de": "GER-Niveau", "en": "CEFR level"}}: {@value}. The type's {@code title} is
   * its Java name, the name code generators give the type.
   */
  public static final String LABEL_KEYWORD = "x-label";

  private PlanSchema() {}

  /**
   * Opens the schema file.
   *
   * @return a new stream of the schema's UTF-8 bytes; the caller closes it
   */
  public static InputStream open() {
    return open(VERSION);
  }

  /**
   * The versions of the format whose schemas this jar carries.
   *
   * @return {@code major.minor} versions, oldest first, such as {@code 1.0}
   */
  public static List<String> versions() {
    return VERSIONS;
  }

  /**
   * The {@code $id} of a version's schema.
   *
   * @param version a version in {@link #versions()}
   * @return its {@code $id}, such as {@value #ID}
   * @throws IllegalArgumentException if the jar carries no schema of that version
   */
  public static String id(String version) {
    return "https://integrationsplan.de/schema/" + known(version) + "/" + FILE_NAME;
  }

  /**
   * A version's schema's path in this module's jar.
   *
   * @param version a version in {@link #versions()}
   * @return the path, {@value #RESOURCE} for 1.0
   * @throws IllegalArgumentException if the jar carries no schema of that version
   */
  public static String resource(String version) {
    return known(version).equals(VERSION) ? RESOURCE : "/de/integrationsplan/schema/" + version + "/" + FILE_NAME;
  }

  /**
   * Opens a version's schema file.
   *
   * @param version a version in {@link #versions()}
   * @return a new stream of the schema's UTF-8 bytes; the caller closes it
   * @throws IllegalArgumentException if the jar carries no schema of that version
   */
  public static InputStream open(String version) {
    String resource = resource(version);
    InputStream in = PlanSchema.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the schema resource " + resource + " is missing from the jar");
    }
    return in;
  }

  /**
   * A version's schema as text.
   *
   * @param version a version in {@link #versions()}
   * @return the schema
   * @throws IllegalArgumentException if the jar carries no schema of that version
   */
  public static String text(String version) {
    try (InputStream in = open(version)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema a document of a {@code schemaVersion} is validated against: the version itself when
   * the jar carries it, else the newest version of its major, else the newest version of all (a
   * document without a version this library knows is diagnosed against the newest).
   *
   * @param schemaVersion a document's {@code schemaVersion}, or {@code null} when it has none
   * @return a version in {@link #versions()}
   */
  public static String versionFor(@Nullable String schemaVersion) {
    if (schemaVersion != null) {
      if (VERSIONS.contains(schemaVersion)) {
        return schemaVersion;
      }
      int dot = schemaVersion.indexOf('.');
      if (dot > 0) {
        String major = schemaVersion.substring(0, dot + 1);
        for (int i = VERSIONS.size() - 1; i >= 0; i--) {
          if (VERSIONS.get(i).startsWith(major)) {
            return VERSIONS.get(i);
          }
        }
      }
    }
    return VERSIONS.get(VERSIONS.size() - 1);
  }

  private static String known(String version) {
    if (!VERSIONS.contains(java.util.Objects.requireNonNull(version, "version"))) {
      throw new IllegalArgumentException("no schema of version " + version + " in this jar; known: " + VERSIONS);
    }
    return version;
  }

  /**
   * The schema as text.
   *
   * @return the schema
   */
  public static String text() {
    return text(VERSION);
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
    return findingPointer(VERSION, pointer);
  }

  /**
   * A JSON Pointer into a plan of a version as findings give it, as {@link #findingPointer(String)}
   * cuts it for format 1.0.
   *
   * @param version a version in {@link #versions()}
   * @param pointer a JSON Pointer into a plan
   * @return the pointer, or its longest prefix that follows that version's schema
   * @throws IllegalArgumentException if the jar carries no schema of that version
   */
  public static String findingPointer(String version, String pointer) {
    java.util.Objects.requireNonNull(pointer, "pointer");
    JsonNode root = Trees.of(known(version));
    JsonNode node = Trees.resolve(root, root);
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
      node = Trees.resolve(root, next);
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

  /** Each version's schema as a tree, read once on first use, for {@link #findingPointer}. */
  private static final class Trees {
    private static final java.util.concurrent.ConcurrentHashMap<String, JsonNode> ROOTS =
        new java.util.concurrent.ConcurrentHashMap<>();

    static JsonNode of(String version) {
      return ROOTS.computeIfAbsent(version, v -> JsonMapper.builder().build().readTree(text(v)));
    }

    /**
     * The node a local {@code $ref} ({@code #/$defs/Goal}) names, or the node itself; from format
     * 2.0 on a reference with keywords beside it stands alone in an {@code allOf}.
     */
    static JsonNode resolve(JsonNode root, JsonNode node) {
      JsonNode ref = ref(node);
      while (ref != null && ref.isString() && ref.stringValue().startsWith("#/")) {
        node = root.at(ref.stringValue().substring(1));
        ref = ref(node);
      }
      return node;
    }

    private static @Nullable JsonNode ref(JsonNode node) {
      JsonNode allOf = node.get("allOf");
      if (allOf != null && allOf.isArray() && allOf.size() == 1 && allOf.get(0).has("$ref")) {
        return allOf.get(0).get("$ref");
      }
      return node.get("$ref");
    }
  }
}
