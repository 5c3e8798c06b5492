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
   * Copies a JSON value: strings and booleans as they are, numbers in the one form that reading
   * the written JSON gives back (so that a plan equals its JSON round trip), lists and maps deeply
   * into unmodifiable ones that keep their order. Integral numbers become {@link Integer}, {@link Long}
   * or {@link BigInteger}, the smallest that holds the value; other numbers {@link BigDecimal} (a
   * {@code double} or {@code float} as its {@code toString} writes it).
   *
   * @param value the value
   * @param where the component's name, for messages
   * @return the copy
   * @throws IllegalArgumentException if the value, or anything in it, is not a JSON value
   * @throws MissingValueException if anything in it is {@code null}
   */
  public static Object copy(Object value, String where) {
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return integral(BigInteger.valueOf(((Number) value).longValue()));
    }
    if (value instanceof BigInteger big) {
      return integral(big);
    }
    if (value instanceof BigDecimal decimal) {
      // written without a fraction or exponent, it is read back as an integral number
      return decimal.scale() == 0 ? integral(decimal.unscaledValue()) : decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException(where + " is not a finite number");
      }
      // written as Double.toString or Float.toString gives it, and read back as that BigDecimal
      return new BigDecimal(value instanceof Float f ? Float.toString(f) : Double.toString(d));
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

  /** An integral number as the reader gives it back: Integer, Long or BigInteger, the smallest that holds it. */
  private static Number integral(BigInteger value) {
    if (value.bitLength() < Integer.SIZE) {
      return value.intValue();
    }
    if (value.bitLength() < Long.SIZE) {
      return value.longValue();
    }
    return value;
  }
}
