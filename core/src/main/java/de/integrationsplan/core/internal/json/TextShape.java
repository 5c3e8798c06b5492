package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.TextPattern;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A string: {@code minLength} and {@code maxLength} in code points (as JSON Schema counts them),
 * a closed list of codes ({@code enum}: ISO 3166 country codes) and a {@code pattern}.
 */
final class TextShape extends ValueShape {

  final int minLength;
  final int maxLength;
  final @Nullable Set<String> codes;
  final @Nullable TextPattern pattern;

  TextShape(int minLength, int maxLength, @Nullable Set<String> codes, @Nullable TextPattern pattern) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.codes = codes;
    this.pattern = pattern;
  }

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    if (t != JsonToken.VALUE_STRING) {
      f.at(p, "schema.type");
      if (codes != null) {
        f.at(p, "schema.enum"); // enum applies to every type: networknt and ajv report both
      }
      Skip.value(p);
      return FAULT;
    }
    String s = p.getString();
    f.checkText(p, s);
    int before = f.seen();
    int n = s.length();
    if (n > maxLength || n < 2 * minLength) {
      n = s.codePointCount(0, n); // a code point is one or two chars: count only when it matters
    }
    if (n < minLength) {
      f.at(p, "schema.minLength", minLength);
    }
    if (n > maxLength) {
      f.at(p, "schema.maxLength", maxLength);
    }
    if (codes != null && !codes.contains(s)) {
      f.atCode(p, "schema.enum", s);
    }
    if (pattern != null && !pattern.matches(s)) {
      f.at(p, "schema.pattern");
    }
    return f.seen() == before ? s : FAULT;
  }
}
