package de.integrationsplan.core.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * An extension's value: any JSON value but {@code null} ({@code $defs/JsonValue}, an
 * {@code anyOf} of the other five types). A {@code null} at any depth fails every branch of every
 * value that holds it, so it is reported as {@code type} at its own pointer and at each enclosing
 * value's, as networknt and ajv report the failed {@code anyOf}. Bound to the Java types the
 * {@link de.integrationsplan.core.model.v1.Extension} constructor copies: {@code String},
 * {@code Boolean}, {@code Integer}/{@code Long}/{@code BigInteger}, {@code BigDecimal},
 * {@code List}, {@code Map}. A repeated key ends the reading, as anywhere else.
 */
final class JsonValueShape extends ValueShape {

  static final JsonValueShape INSTANCE = new JsonValueShape();

  private JsonValueShape() {}

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    switch (t) {
      case VALUE_STRING:
        String s = p.getString();
        f.checkText(p, s);
        return s;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return Numbers.decimal(p);
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        boolean fault = false;
        for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
          Object value = read(p, next, f);
          fault |= value == FAULT;
          if (!fault) {
            list.add(value);
          }
        }
        return fault ? enclosing(p, f) : list;
      }
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        boolean fault = false;
        for (JsonToken next = p.nextToken(); next != JsonToken.END_OBJECT; next = p.nextToken()) {
          String name = p.currentName();
          f.checkText(p, name);
          if (map.containsKey(name)) {
            throw new Fatal("json.duplicateKey", p);
          }
          Object value = read(p, p.nextToken(), f);
          fault |= value == FAULT;
          map.put(name, value);
        }
        return fault ? enclosing(p, f) : map;
      }
      default:
        f.at(p, "schema.type");
        return FAULT;
    }
  }

  /** The array or object just closed holds a {@code null}: it fails its own {@code anyOf}. */
  private static Object enclosing(JsonParser p, Findings f) {
    f.at(p, "schema.type");
    return FAULT;
  }
}
