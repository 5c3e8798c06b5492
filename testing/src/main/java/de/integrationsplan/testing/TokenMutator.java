package de.integrationsplan.testing;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Rewrites a JSON document token by token, changing one token (or the place before it), or adds
 * content before or after it. A mutation is chosen in two steps, as for structural faults: first
 * a {@link Mutation} of level {@link Mutation.Level#TOKEN} among those that have a token to apply
 * to, then one such token; every mutant is changed. Stateless and thread-safe.
 */
final class TokenMutator {

  private static final JsonFactory TOKENS = new JsonFactory();

  /** One token of the document: its type and the pointer of its value. */
  private record Token(JsonToken type, String pointer) {}

  private TokenMutator() {}

  /**
   * A token-level mutant of a JSON document.
   *
   * @param json the document; JSON text in UTF-8 (repeated keys are allowed)
   * @param random the source of the choices
   * @return the mutant
   * @throws IllegalArgumentException if the document is not JSON
   */
  static Mutant mutate(byte[] json, Random random) {
    List<Token> tokens;
    try {
      tokens = tokens(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the document is not JSON: " + e.getOriginalMessage());
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("the document is empty");
    }
    Map<Mutation, List<Integer>> places = new EnumMap<>(Mutation.class);
    for (Mutation m : Mutation.values()) {
      if (m.level() != Mutation.Level.TOKEN) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (m == Mutation.CONTENT_AFTER || m == Mutation.CONTENT_BEFORE ? i == 0 : applies(m, tokens.get(i).type())) {
          places.computeIfAbsent(m, k -> new ArrayList<>()).add(i);
        }
      }
    }
    List<Mutation> kinds = new ArrayList<>(places.keySet());
    Mutation mutation = kinds.get(random.nextInt(kinds.size()));
    List<Integer> candidates = places.get(mutation);
    int target = candidates.get(random.nextInt(candidates.size()));
    String where = tokens.get(target).pointer();
    StringWriter out = new StringWriter();
    String description;
    try {
      description = rewrite(json, mutation, target, random, out);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the document is not JSON: " + e.getOriginalMessage());
    }
    String result = out.toString();
    if (mutation == Mutation.CONTENT_AFTER) {
      String after = pick(random, " ", "x", "{}", "null", "]", "\u0000");
      result = result + after;
      description = "appended " + visible(after);
    } else if (mutation == Mutation.CONTENT_BEFORE) {
      String before = pick(random, " ", "\uFEFF", "[", "\u0000");
      result = before + result;
      description = "prepended " + visible(before);
    } else {
      description = description + " at \"" + where + "\"";
    }
    return new Mutant(mutation, null, description, result.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean applies(Mutation m, JsonToken t) {
    return switch (m) {
      case NULL_FOR_SCALAR, SCALAR_AS_EMPTY_OBJECT, SCALAR_WRAPPED_IN_ARRAY -> t.isScalarValue();
      case SCALAR_AS_STRING -> t.isNumeric() || t.isBoolean();
      case STRING_AS_NUMBER, STRING_CHANGED -> t == JsonToken.VALUE_STRING;
      case INTEGER_WITH_FRACTION_OR_EXPONENT, INTEGER_AT_A_LIMIT -> t == JsonToken.VALUE_NUMBER_INT;
      case PROPERTY_INSERTED -> t == JsonToken.START_OBJECT;
      case PROPERTY_NAME_REPEATED, PROPERTY_NAME_CHANGED, PROPERTY_DROPPED -> t == JsonToken.PROPERTY_NAME;
      case BOOLEAN_AS_NUMBER -> t.isBoolean();
      case NULL_IN_ARRAY -> t == JsonToken.START_ARRAY;
      case DEEP_NESTING -> t.isStructStart();
      default -> false;
    };
  }

  private static List<Token> tokens(byte[] json) {
    List<Token> tokens = new ArrayList<>();
    try (JsonParser p = TOKENS.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        TokenStreamContext context = p.streamReadContext();
        if (t.isStructStart() && context.getParent() != null) {
          context = context.getParent();
        }
        tokens.add(new Token(t, context.pathAsPointer().toString()));
      }
    }
    return tokens;
  }

  /** Copies the document, changing the token at {@code target}; returns what was done, in words. */
  private static String rewrite(byte[] json, Mutation mutation, int target, Random random, StringWriter out) {
    String description = "";
    try (JsonParser p = TOKENS.createParser(ObjectReadContext.empty(), json);
        JsonGenerator g = TOKENS.createGenerator(ObjectWriteContext.empty(), out)) {
      int i = 0;
      boolean dropValue = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken(), i++) {
        if (dropValue) {
          dropValue = false;
          if (t.isStructStart()) {
            p.skipChildren();
          }
          continue;
        }
        if (i == target && mutation != Mutation.CONTENT_AFTER && mutation != Mutation.CONTENT_BEFORE) {
          description = apply(p, t, g, mutation, random);
          if (mutation == Mutation.PROPERTY_DROPPED) {
            dropValue = true;
          } else if (mutation == Mutation.DEEP_NESTING) {
            p.skipChildren();
          }
          continue;
        }
        g.copyCurrentEvent(p);
      }
    }
    return description;
  }

  private static String apply(JsonParser p, JsonToken t, JsonGenerator g, Mutation mutation, Random random) {
    switch (mutation) {
      case NULL_FOR_SCALAR -> {
        g.writeNull();
        return "null for a scalar";
      }
      case SCALAR_AS_STRING -> {
        g.writeString(p.getString());
        return "a " + (t.isBoolean() ? "boolean" : "number") + " as a string";
      }
      case STRING_AS_NUMBER -> {
        String s = p.getString();
        g.writeNumber(s.matches("-?[0-9]{1,9}") ? s : String.valueOf(random.nextInt(3000)));
        return "a string as a number";
      }
      case INTEGER_WITH_FRACTION_OR_EXPONENT -> {
        String suffix = pick(random, ".0", ".00", "e0", "E+0", ".5", "e1");
        g.writeNumber(p.getString() + suffix);
        return "an integer with " + suffix + " appended";
      }
      case INTEGER_AT_A_LIMIT -> {
        String limit = pickOther(random, p.getString(), "2147483648", "-2147483649", "99999999999999999999", "-0", "0",
            "1e400", "2147483647", "-2147483648");
        g.writeNumber(limit);
        return "an integer replaced by " + limit;
      }
      case PROPERTY_INSERTED -> {
        String name = pick(random, "unknownProperty", "fullName", "id", "Id", "value", "kosten/~monat");
        g.writeStartObject();
        g.writeName(name);
        g.writeNumber(1);
        return "the property " + name + " inserted first";
      }
      case PROPERTY_NAME_REPEATED -> {
        // the same name twice, the first time with a plain value
        g.writeName(p.currentName());
        g.writeString("dup");
        g.writeName(p.currentName());
        return "a property name repeated";
      }
      case SCALAR_AS_EMPTY_OBJECT -> {
        g.writeStartObject();
        g.writeEndObject();
        return "an empty object for a scalar";
      }
      case SCALAR_WRAPPED_IN_ARRAY -> {
        g.writeStartArray();
        g.copyCurrentEvent(p);
        g.writeEndArray();
        return "a scalar wrapped in an array";
      }
      case STRING_CHANGED -> {
        String s = p.getString();
        boolean date = s.length() == 10 && s.charAt(4) == '-';
        String changed = date
            ? pickOther(random, s, s.substring(0, 8) + "31", s.substring(0, 5) + "02-30", s + "T00:00:00Z", "+0" + s,
                s.substring(0, 7), s.replace('-', '/'))
            : pickOther(random, s, s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT), s + " ", "",
                s.replace("Z", "+00:00"), s.replace("T", "t"), s.replace(":00Z", "Z"));
        g.writeString(changed);
        return date ? "a date changed" : "a string changed";
      }
      case PROPERTY_NAME_CHANGED -> {
        String name = p.currentName();
        g.writeName(pickOther(random, name, name.toUpperCase(Locale.ROOT), name + " ",
            name.isEmpty() ? "x" : name.substring(1), "", name + "\u0000"));
        return "a property name changed";
      }
      case BOOLEAN_AS_NUMBER -> {
        g.writeNumber(t == JsonToken.VALUE_TRUE ? 1 : 0);
        return "a boolean as a number";
      }
      case PROPERTY_DROPPED -> {
        return "a property dropped";
      }
      case NULL_IN_ARRAY -> {
        g.writeStartArray();
        g.writeNull();
        return "null first in an array";
      }
      case DEEP_NESTING -> {
        int depth = 20 + random.nextInt(20);
        for (int d = 0; d < depth; d++) {
          g.writeStartArray();
        }
        for (int d = 0; d < depth; d++) {
          g.writeEndArray();
        }
        return "arrays nested " + depth + " deep for " + (t == JsonToken.START_OBJECT ? "an object" : "an array");
      }
      default -> throw new IllegalArgumentException("not a token mutation: " + mutation);
    }
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** One of the choices that differs from the original, or the original with a space. */
  private static String pickOther(Random random, String original, String... choices) {
    List<String> others = new ArrayList<>();
    for (String c : choices) {
      if (!c.equals(original)) {
        others.add(c);
      }
    }
    return others.isEmpty() ? original + " " : others.get(random.nextInt(others.size()));
  }

  private static String visible(String s) {
    return switch (s) {
      case " " -> "a space";
      case "\uFEFF" -> "a byte order mark";
      case "\u0000" -> "a NUL character";
      default -> "\"" + s + "\"";
    };
  }
}
