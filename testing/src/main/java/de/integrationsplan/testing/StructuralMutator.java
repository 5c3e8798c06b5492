package de.integrationsplan.testing;

import de.integrationsplan.schema.PlanSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies exactly one structural fault to a valid plan document, at a random place, guided by the
 * published schema.
 *
 * <p>The document is walked together with its schema (following {@code $ref}); every value gets
 * the merged schema of its place. A mutation is chosen in two steps: first a {@link Mutation}
 * among those that have at least one place in this document, then a place of that kind. The
 * pointer of a mutation is where every validator must report an error: the value itself, or, for
 * a removed or an added property, that property (the corpus convention).
 *
 * <p>Extension values ({@code $defs/JsonValue}) accept any JSON but {@code null}; the only fault
 * made inside them is a {@code null} ({@link Mutation#NULL_IN_EXTENSION_VALUE}), the other kinds
 * skip them. Immutable and thread-safe: a call changes only the document it is given.
 */
final class StructuralMutator {

  /** One structural fault made in the copy: what, where, in words. */
  record Made(Mutation mutation, String pointer, String what) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JSON_VALUE = "#/$defs/JsonValue";
  /** Unknown property names: plain, a plausible but forbidden one, one that needs escaping in a pointer. */
  private static final List<String> UNKNOWN_NAMES = List.of("unknownProperty", "fullName", "kosten/~monat");

  private final String version;
  private final JsonNode root;

  StructuralMutator(String version, JsonNode schemaRoot) {
    this.version = version;
    this.root = schemaRoot;
  }

  /** A place in the document: its pointer, value, merged schema and where it hangs. */
  private record Site(String pointer, JsonNode value, ObjectNode schema, boolean inExtensionValue,
      @Nullable JsonNode parent, @Nullable String name, int index) {

    void replace(JsonNode replacement) {
      if (parent instanceof ObjectNode o && name != null) {
        o.set(name, replacement);
      } else if (parent instanceof ArrayNode a) {
        a.set(index, replacement);
      } else {
        throw new IllegalStateException("the document itself is not replaced");
      }
    }
  }

  /** A mutation of one place; it changes the document in place and describes itself (without the document). */
  private interface Fault {
    Made apply();
  }

  /**
   * Applies exactly one structural fault to the document, which is changed in place.
   *
   * @param document a valid plan document, parsed; the caller's own copy
   * @param random the source of the choices
   * @return what was done
   * @throws IllegalArgumentException if the document has a property the schema does not know, or
   *     no place for a fault
   */
  Made mutate(JsonNode document, Random random) {
    List<Site> sites = new ArrayList<>();
    walk(document, resolve(root), "", false, null, null, -1, sites);
    Map<Mutation, List<Fault>> faults = new EnumMap<>(Mutation.class);
    for (Site site : sites) {
      collect(site, random, faults);
    }
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("the document has no place for a structural fault");
    }
    List<Mutation> kinds = new ArrayList<>(faults.keySet());
    Mutation kind = kinds.get(random.nextInt(kinds.size()));
    List<Fault> candidates = faults.get(kind);
    return candidates.get(random.nextInt(candidates.size())).apply();
  }

  private void collect(Site s, Random random, Map<Mutation, List<Fault>> faults) {
    JsonNode v = s.value();
    ObjectNode schema = s.schema();
    if (s.inExtensionValue()) {
      add(faults, Mutation.NULL_IN_EXTENSION_VALUE, () -> {
        s.replace(NODES.nullNode());
        return new Made(Mutation.NULL_IN_EXTENSION_VALUE, PlanSchema.findingPointer(version, s.pointer()),
            "null in an extension value");
      });
      return;
    }
    if (v.isObject()) {
      ObjectNode o = (ObjectNode) v;
      for (JsonNode required : schema.path("required")) {
        String name = required.stringValue();
        if (o.has(name)) {
          add(faults, Mutation.REMOVE_REQUIRED, () -> {
            o.remove(name);
            return new Made(Mutation.REMOVE_REQUIRED, child(s.pointer(), name), "removed required " + name);
          });
        }
      }
      if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").booleanValue()) {
        for (String name : UNKNOWN_NAMES) {
          if (!schema.path("properties").has(name) && !o.has(name)) {
            add(faults, Mutation.ADD_UNKNOWN_PROPERTY, () -> {
              o.put(name, "x");
              return new Made(Mutation.ADD_UNKNOWN_PROPERTY, s.pointer(), "added " + name);
            });
          }
        }
      }
      if (schema.has("minProperties") && schema.get("minProperties").asInt() >= 1) {
        add(faults, Mutation.PROPERTY_COUNT, () -> {
          o.removeAll();
          return new Made(Mutation.PROPERTY_COUNT, s.pointer(), "emptied an object with minProperties");
        });
      }
      if (schema.has("maxProperties") && o.size() >= schema.get("maxProperties").asInt()) {
        for (String name : schema.path("properties").propertyNames()) {
          ObjectNode p = resolve(schema.path("properties").get(name));
          if (!o.has(name) && types(p).contains("string") && !p.has("pattern") && !p.has("enum") && !p.has("format")) {
            add(faults, Mutation.PROPERTY_COUNT, () -> {
              o.put(name, "x");
              return new Made(Mutation.PROPERTY_COUNT, s.pointer(), "one property more than maxProperties: " + name);
            });
          }
        }
      }
    }
    if (v.isArray()) {
      ArrayNode a = (ArrayNode) v;
      if (schema.has("maxItems") && a.size() >= 1) {
        int max = schema.get("maxItems").asInt();
        add(faults, Mutation.EXCEED_MAX_ITEMS, () -> {
          JsonNode first = a.get(0);
          while (a.size() <= max) {
            a.add(first.deepCopy());
          }
          return new Made(Mutation.EXCEED_MAX_ITEMS, s.pointer(), (max + 1) + " items, at most " + max);
        });
      }
      if (schema.has("minItems") && schema.get("minItems").asInt() >= 1) {
        add(faults, Mutation.BELOW_MIN_ITEMS, () -> {
          a.removeAll();
          return new Made(Mutation.BELOW_MIN_ITEMS, s.pointer(), "empty array, minItems " + schema.get("minItems").asInt());
        });
      }
    }
    if (v.isString()) {
      String text = v.stringValue();
      if (schema.has("enum")) {
        Set<String> values = new HashSet<>();
        schema.get("enum").forEach(e -> values.add(e.asString()));
        String unknown = values.contains(text.toLowerCase(Locale.ROOT)) ? "NOT_A_CODE" : text.toLowerCase(Locale.ROOT);
        String replacement = values.contains(unknown) ? "NOT_A_CODE" : unknown;
        add(faults, Mutation.UNKNOWN_ENUM_VALUE, () -> {
          s.replace(NODES.stringNode(replacement));
          return new Made(Mutation.UNKNOWN_ENUM_VALUE, s.pointer(), "a value outside the enum");
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
          add(faults, Mutation.BREAK_PATTERN, () -> {
            s.replace(NODES.stringNode(broken));
            return new Made(Mutation.BREAK_PATTERN, s.pointer(), "a string that breaks the pattern: "
                + broken.replace("\n", "\\n").replace("\u00a0", "\\u00a0"));
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
          add(faults, Mutation.BREAK_FORMAT, () -> {
            s.replace(NODES.stringNode(broken));
            return new Made(Mutation.BREAK_FORMAT, s.pointer(), "breaks the format " + schema.get("format").stringValue());
          });
        }
      }
      if (schema.has("maxLength")) {
        int max = schema.get("maxLength").asInt();
        add(faults, Mutation.EXCEED_MAX_LENGTH, () -> {
          StringBuilder longer = new StringBuilder(text);
          while (longer.codePointCount(0, longer.length()) <= max) {
            longer.append('a');
          }
          s.replace(NODES.stringNode(longer.toString()));
          return new Made(Mutation.EXCEED_MAX_LENGTH, s.pointer(), (max + 1) + " characters, at most " + max);
        });
      }
      if (schema.has("minLength") && schema.get("minLength").asInt() >= 1) {
        add(faults, Mutation.BELOW_MIN_LENGTH, () -> {
          s.replace(NODES.stringNode(""));
          return new Made(Mutation.BELOW_MIN_LENGTH, s.pointer(), "empty string, minLength " + schema.get("minLength").asInt());
        });
      }
    }
    if (v.isIntegralNumber()) {
      if (schema.has("maximum")) {
        long above = schema.get("maximum").asLong() + 1;
        add(faults, Mutation.OUT_OF_RANGE, () -> {
          s.replace(NODES.numberNode(above));
          return new Made(Mutation.OUT_OF_RANGE, s.pointer(), "maximum + 1");
        });
      }
      if (schema.has("minimum")) {
        long below = schema.get("minimum").asLong() - 1;
        add(faults, Mutation.OUT_OF_RANGE, () -> {
          s.replace(NODES.numberNode(below));
          return new Made(Mutation.OUT_OF_RANGE, s.pointer(), "minimum - 1");
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
        add(faults, Mutation.CHANGE_TYPE, () -> {
          s.replace(r);
          return new Made(Mutation.CHANGE_TYPE, s.pointer(), "type " + typeOf(v) + " changed to " + typeOf(r));
        });
      }
    }
  }

  private static void add(Map<Mutation, List<Fault>> faults, Mutation kind, Fault fault) {
    faults.computeIfAbsent(kind, k -> new ArrayList<>()).add(fault);
  }

  private void walk(JsonNode value, ObjectNode schema, String pointer, boolean inExtensionValue,
      @Nullable JsonNode parent, @Nullable String name, int index, List<Site> sites) {
    sites.add(new Site(pointer, value, schema, inExtensionValue, parent, name, index));
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        JsonNode childSchema = inExtensionValue ? null : schema.path("properties").get(e.getKey());
        boolean extension = inExtensionValue || isJsonValue(childSchema);
        if (childSchema == null && !extension) {
          throw new IllegalArgumentException("the schema has no property " + child(pointer, e.getKey()));
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

  private static boolean isJsonValue(@Nullable JsonNode schema) {
    return schema != null && JSON_VALUE.equals(ref(schema));
  }

  /** A schema's reference: its {@code $ref}, or (format 2.0 on) the one {@code $ref} of its {@code allOf}. */
  private static String ref(JsonNode schema) {
    JsonNode allOf = schema.path("allOf");
    if (allOf.isArray() && allOf.size() == 1 && allOf.get(0).has("$ref")) {
      return allOf.get(0).path("$ref").asString("");
    }
    return schema.path("$ref").asString("");
  }

  /** The schema with its {@code $ref} merged in (both apply; the referring schema's keywords win). */
  private ObjectNode resolve(JsonNode schema) {
    ObjectNode merged = NODES.objectNode();
    String ref = ref(schema);
    if (!ref.isEmpty()) {
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalStateException("unexpected $ref " + ref);
      }
      merged.setAll(resolve(root.path("$defs").get(ref.substring("#/$defs/".length()))));
    }
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (!e.getKey().equals("$ref") && !(e.getKey().equals("allOf") && !ref.isEmpty())) {
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
