package de.integrationsplan.core.internal.json;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Skips a value that is not read (an unknown property, a value of the wrong type), still
 * rejecting duplicate keys inside it: a document with a repeated key is not one JSON text that
 * every reader reads alike, wherever the key is. A number beyond a decimal's range is refused
 * here too ({@link Numbers}).
 */
final class Skip {

  private Skip() {}

  /** Skips the value whose first token the parser is at; afterwards it is at its last token. */
  static void value(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Set<String> names = null;
      for (JsonToken next = p.nextToken(); next != JsonToken.END_OBJECT; next = p.nextToken()) {
        String name = p.currentName();
        if (names == null) {
          names = new HashSet<>();
        }
        if (!names.add(name)) {
          throw new Fatal("json.duplicateKey", p);
        }
        p.nextToken();
        value(p);
      }
    } else if (t == JsonToken.START_ARRAY) {
      for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
        value(p);
      }
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      Numbers.decimal(p); // a number beyond a decimal's range is refused wherever it stands
    }
  }
}
