package de.integrationsplan.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, unmodifiable copies of plain JSON values, for the value of an extension. */
public final class JsonValues {

  private JsonValues() {}

  /**
   * Copies a JSON value: strings, booleans and numbers as they are, lists and maps deeply into
   * unmodifiable ones that keep their order.
   *
   * @param value the value
   * @param where the component's name, for messages
   * @return the copy
   * @throws IllegalArgumentException if the value, or anything in it, is not a JSON value
   * @throws MissingValueException if anything in it is {@code null}
   */
  public static Object copy(Object value, String where) {
    if (value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal
        || value instanceof Short || value instanceof Byte) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(where + " is not a finite number");
      }
      return value;
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return List.of();
      }
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        String at = where + "[" + copy.size() + "]";
        if (element == null) {
          throw new MissingValueException(JsonValues.class, at);
        }
        copy.add(copy(element, at));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return Map.of();
      }
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(where + " has a key that is not a string");
        }
        String at = where + "." + key;
        if (e.getValue() == null) {
          throw new MissingValueException(JsonValues.class, at);
        }
        copy.put(key, copy(e.getValue(), at));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(
        where + " is not a JSON value: " + value.getClass().getName());
  }
}
