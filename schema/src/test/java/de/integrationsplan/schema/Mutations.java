package de.integrationsplan.schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small mutation engine for the property tests: it applies exactly one structural fault to a
 * valid plan document, at a random place, guided by the published schema ({@link PlanSchema}).
 *
 * <p>The document is walked together with its schema (following {@code $ref}); every value gets
 * the merged schema of its place. A mutation is chosen in two steps: first a {@link Kind} among
 * those that have at least one place in this document, then a place of that kind. The pointer of
 * a mutation is where every validator must report an error: the value itself, or, for a removed or
 * an added property, that property (the corpus convention).
 *
 * <p>Extension values ({@code $defs/JsonValue}) accept any JSON but {@code null}; the only fault
 * made inside them is a {@code null} ({@link Kind#NULL_IN_EXTENSION_VALUE}), the other kinds skip
 * them.
 */
final class Mutations {

  /** The kinds of structural fault. */
  enum Kind {
    /** A required property is left out. */
    REMOVE_REQUIRED,
    /** An object that allows no other properties gets one. */
    ADD_UNKNOWN_PROPERTY,
    /** A value gets a JSON type its schema does not allow (string, number, boolean, array, object, null). */
    CHANGE_TYPE,
    /** A string outside its enum. */
    UNKNOWN_ENUM_VALUE,
    /** A string that does not match its pattern. */
    BREAK_PATTERN,
    /** A string that fits the pattern but not the format (a date that does not exist, ...). */
    BREAK_FORMAT,
    /** A string one character longer than its maxLength. */
    EXCEED_MAX_LENGTH,
    /** An empty string where minLength is at least 1. */
    BELOW_MIN_LENGTH,
    /** An array one item longer than its maxItems. */
    EXCEED_MAX_ITEMS,
    /** An empty array where minItems is at least 1. */
    BELOW_MIN_ITEMS,
    /** An integer one above its maximum or one below its minimum. */
    OUT_OF_RANGE,
    /** An object with fewer than minProperties or more than maxProperties properties. */
    PROPERTY_COUNT,
    /** A {@code null} inside an extension's value, or as the value. */
    NULL_IN_EXTENSION_VALUE
  }

  /** One mutant: the kind of fault, the pointer where it must be reported, what was done, the document. */
  record Mutant(Kind kind, String pointer, String what, JsonNode document) {
    @Override
    public String toString() {
      return kind + " at \"" + pointer + "\" (" + what + ")";
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JSON_VALUE = "#/$defs/JsonValue";
  /** Unknown property names: plain, a plausible but forbidden one, one that needs escaping in a pointer. */
  private static final List<String> UNKNOWN_NAMES = List.of("unknownProperty", "fullName", "kosten/~monat");

  private final JsonNode root;

  Mutations(JsonNode schemaRoot) {
    this.root = schemaRoot;
  }

  /** A place in the document: its pointer, value, merged schema and where it hangs. */
  private record Site(String pointer, JsonNode value, ObjectNode schema, boolean inExtensionValue,
      JsonNode parent, String name, int index) {

    void replace(JsonNode replacement) {
      if (parent instanceof ObjectNode o) {
        o.set(name, replacement);
      } else {
        ((ArrayNode) parent).set(index, replacement);
      }
    }
  }

  /** A mutation of one place; it changes the document in place and describes itself (without the document). */
  private interface Fault {
    Mutant apply();
  }

  /**
   * Applies exactly one structural fault to a copy of the document.
   *
   * @param document a valid plan document; it is not changed
   * @param random the source of the choices
   * @return the mutant
   */
  Mutant mutate(JsonNode document, Random random) {
    JsonNode copy = document.deepCopy();
    List<Site> sites = new ArrayList<>();
    walk(copy, resolve(root), "", false, null, null, -1, sites);
    Map<Kind, List<Fault>> faults = new EnumMap<>(Kind.class);
    for (Site site : sites) {
      collect(site, random, faults);
    }
    List<Kind> kinds = new ArrayList<>(faults.keySet());
    Kind kind = kinds.get(random.nextInt(kinds.size()));
    List<Fault> candidates = faults.get(kind);
    Mutant m = candidates.get(random.nextInt(candidates.size())).apply();
    return new Mutant(m.kind(), m.pointer(), m.what(), copy);
  }

  private void collect(Site s, Random random, Map<Kind, List<Fault>> faults) {
    JsonNode v = s.value();
    ObjectNode schema = s.schema();
    if (s.inExtensionValue()) {
      add(faults, Kind.NULL_IN_EXTENSION_VALUE, () -> {
        s.replace(NODES.nullNode());
        return new Mutant(Kind.NULL_IN_EXTENSION_VALUE, s.pointer(), "null in an extension value", null);
      });
      return;
    }
    if (v.isObject()) {
      ObjectNode o = (ObjectNode) v;
      for (JsonNode required : schema.path("required")) {
        String name = required.stringValue();
        if (o.has(name)) {
          add(faults, Kind.REMOVE_REQUIRED, () -> {
            o.remove(name);
            return new Mutant(Kind.REMOVE_REQUIRED, child(s.pointer(), name), "removed required " + name, null);
          });
        }
      }
      if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").booleanValue()) {
        for (String name : UNKNOWN_NAMES) {
          if (!schema.path("properties").has(name) && !o.has(name)) {
            add(faults, Kind.ADD_UNKNOWN_PROPERTY, () -> {
              o.put(name, "x");
              return new Mutant(Kind.ADD_UNKNOWN_PROPERTY, child(s.pointer(), name), "added " + name, null);
            });
          }
        }
      }
      if (schema.has("minProperties") && schema.get("minProperties").asInt() >= 1) {
        add(faults, Kind.PROPERTY_COUNT, () -> {
          o.removeAll();
          return new Mutant(Kind.PROPERTY_COUNT, s.pointer(), "emptied an object with minProperties", null);
        });
      }
      if (schema.has("maxProperties") && o.size() >= schema.get("maxProperties").asInt()) {
        for (String name : schema.path("properties").propertyNames()) {
          ObjectNode p = resolve(schema.path("properties").get(name));
          if (!o.has(name) && types(p).contains("string") && !p.has("pattern") && !p.has("enum") && !p.has("format")) {
            add(faults, Kind.PROPERTY_COUNT, () -> {
              o.put(name, "x");
              return new Mutant(Kind.PROPERTY_COUNT, s.pointer(), "one property more than maxProperties: " + name, null);
            });
          }
        }
      }
    }
    if (v.isArray()) {
      ArrayNode a = (ArrayNode) v;
      if (schema.has("maxItems") && a.size() >= 1) {
        int max = schema.get("maxItems").asInt();
        add(faults, Kind.EXCEED_MAX_ITEMS, () -> {
          JsonNode first = a.get(0);
          while (a.size() <= max) {
            a.add(first.deepCopy());
          }
          return new Mutant(Kind.EXCEED_MAX_ITEMS, s.pointer(), (max + 1) + " items, at most " + max, null);
        });
      }
      if (schema.has("minItems") && schema.get("minItems").asInt() >= 1) {
        add(faults, Kind.BELOW_MIN_ITEMS, () -> {
          a.removeAll();
          return new Mutant(Kind.BELOW_MIN_ITEMS, s.pointer(), "empty array, minItems " + schema.get("minItems").asInt(), null);
        });
      }
    }
    if (v.isString()) {
      String text = v.stringValue();
      if (schema.has("enum")) {
        Set<String> values = new HashSet<>();
        schema.get("enum").forEach(e -> values.add(e.asString()));
        String unknown = values.contains(text.toLowerCase(java.util.Locale.ROOT)) ? "NOT_A_CODE" : text.toLowerCase(java.util.Locale.ROOT);
        String replacement = values.contains(unknown) ? "NOT_A_CODE" : unknown;
        add(faults, Kind.UNKNOWN_ENUM_VALUE, () -> {
          s.replace(NODES.stringNode(replacement));
          return new Mutant(Kind.UNKNOWN_ENUM_VALUE, s.pointer(), "a value outside the enum", null);
        });
      }
      if (schema.has("pattern")) {
        Pattern pattern = Pattern.compile(schema.get("pattern").stringValue());
        List<String> variants = new ArrayList<>();
        for (String candidate : List.of(text + "\n", " " + text, text + " ", "-" + text, "ä" + text, text + "\u00a0",
            text.isEmpty() ? "?" : text.substring(0, text.length() - 1) + "?")) {
          // ECMAScript's $ does not match before a final line feed, Java's find() does: matches() is exact
          if (!pattern.matcher(candidate).matches()) {
            variants.add(candidate);
          }
        }
        if (!variants.isEmpty()) {
          String broken = variants.get(random.nextInt(variants.size()));
          add(faults, Kind.BREAK_PATTERN, () -> {
            s.replace(NODES.stringNode(broken));
            return new Mutant(Kind.BREAK_PATTERN, s.pointer(), "a string that breaks the pattern: "
                + broken.replace("\n", "\\n").replace("\u00a0", "\\u00a0"), null);
          });
        }
      }
      if (schema.has("format")) {
        String broken = switch (schema.get("format").stringValue()) {
          case "date" -> "2025-02-30";
          case "date-time" -> "2025-02-30T10:15:00+01:00";
          case "uuid" -> "7d0c6f4e-2b1a-4e8f-9c3d-5a6b7c8d9e0g";
          default -> null;
        };
        if (broken != null) {
          add(faults, Kind.BREAK_FORMAT, () -> {
            s.replace(NODES.stringNode(broken));
            return new Mutant(Kind.BREAK_FORMAT, s.pointer(), "breaks the format " + schema.get("format").stringValue(), null);
          });
        }
      }
      if (schema.has("maxLength")) {
        int max = schema.get("maxLength").asInt();
        add(faults, Kind.EXCEED_MAX_LENGTH, () -> {
          StringBuilder longer = new StringBuilder(text);
          while (longer.codePointCount(0, longer.length()) <= max) {
            longer.append('a');
          }
          s.replace(NODES.stringNode(longer.toString()));
          return new Mutant(Kind.EXCEED_MAX_LENGTH, s.pointer(), (max + 1) + " characters, at most " + max, null);
        });
      }
      if (schema.has("minLength") && schema.get("minLength").asInt() >= 1) {
        add(faults, Kind.BELOW_MIN_LENGTH, () -> {
          s.replace(NODES.stringNode(""));
          return new Mutant(Kind.BELOW_MIN_LENGTH, s.pointer(), "empty string, minLength " + schema.get("minLength").asInt(), null);
        });
      }
    }
    if (v.isIntegralNumber()) {
      if (schema.has("maximum")) {
        long above = schema.get("maximum").asLong() + 1;
        add(faults, Kind.OUT_OF_RANGE, () -> {
          s.replace(NODES.numberNode(above));
          return new Mutant(Kind.OUT_OF_RANGE, s.pointer(), "maximum + 1", null);
        });
      }
      if (schema.has("minimum")) {
        long below = schema.get("minimum").asLong() - 1;
        add(faults, Kind.OUT_OF_RANGE, () -> {
          s.replace(NODES.numberNode(below));
          return new Mutant(Kind.OUT_OF_RANGE, s.pointer(), "minimum - 1", null);
        });
      }
    }
    if (s.parent() != null) {
      Set<String> allowed = types(schema);
      List<JsonNode> replacements = new ArrayList<>();
      for (JsonNode r : List.of(NODES.stringNode("x"), NODES.numberNode(7), NODES.numberNode(1.5), NODES.booleanNode(true),
          NODES.arrayNode(), NODES.objectNode(), NODES.nullNode())) {
        if (!allows(allowed, r)) {
          replacements.add(r);
        }
      }
      if (!replacements.isEmpty()) {
        JsonNode r = replacements.get(random.nextInt(replacements.size()));
        add(faults, Kind.CHANGE_TYPE, () -> {
          s.replace(r);
          return new Mutant(Kind.CHANGE_TYPE, s.pointer(), "type " + typeOf(v) + " changed to " + typeOf(r), null);
        });
      }
    }
  }

  private static void add(Map<Kind, List<Fault>> faults, Kind kind, Fault fault) {
    faults.computeIfAbsent(kind, k -> new ArrayList<>()).add(fault);
  }

  private void walk(JsonNode value, ObjectNode schema, String pointer, boolean inExtensionValue, JsonNode parent,
      String name, int index, List<Site> sites) {
    sites.add(new Site(pointer, value, schema, inExtensionValue, parent, name, index));
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        JsonNode childSchema = inExtensionValue ? null : schema.path("properties").get(e.getKey());
        boolean extension = inExtensionValue || isJsonValue(childSchema);
        if (childSchema == null && !extension) {
          throw new IllegalStateException("no schema for " + child(pointer, e.getKey()));
        }
        walk(e.getValue(), extension ? NODES.objectNode() : resolve(childSchema), child(pointer, e.getKey()), extension,
            value, e.getKey(), -1, sites);
      }
    } else if (value.isArray()) {
      JsonNode items = inExtensionValue ? null : schema.get("items");
      boolean extension = inExtensionValue || isJsonValue(items);
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), extension ? NODES.objectNode() : resolve(items), pointer + "/" + i, extension, value, null, i,
            sites);
      }
    }
  }

  private static boolean isJsonValue(JsonNode schema) {
    return schema != null && JSON_VALUE.equals(schema.path("$ref").asString(""));
  }

  /** The schema with its {@code $ref} merged in (both apply; the referring schema's keywords win). */
  private ObjectNode resolve(JsonNode schema) {
    ObjectNode merged = NODES.objectNode();
    String ref = schema.path("$ref").asString("");
    if (!ref.isEmpty()) {
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalStateException("unexpected $ref " + ref);
      }
      merged.setAll(resolve(root.path("$defs").get(ref.substring("#/$defs/".length()))));
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (!e.getKey().equals("$ref")) {
        merged.set(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  private static Set<String> types(ObjectNode schema) {
    Set<String> types = new HashSet<>();
    JsonNode type = schema.get("type");
    if (type == null) {
      // no type: every type is allowed as far as this engine knows
      types.addAll(List.of("string", "number", "integer", "boolean", "array", "object", "null"));
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.stringValue()));
    } else {
      types.add(type.stringValue());
    }
    return types;
  }

  private static boolean allows(Set<String> types, JsonNode value) {
    return switch (typeOf(value)) {
      case "integer" -> types.contains("integer") || types.contains("number");
      default -> types.contains(typeOf(value));
    };
  }

  private static String typeOf(JsonNode value) {
    if (value.isString()) {
      return "string";
    } else if (value.isIntegralNumber()) {
      return "integer";
    } else if (value.isNumber()) {
      return "number";
    } else if (value.isBoolean()) {
      return "boolean";
    } else if (value.isArray()) {
      return "array";
    } else if (value.isObject()) {
      return "object";
    }
    return "null";
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
