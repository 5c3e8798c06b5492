package de.integrationsplan.core.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A code of a model enum, written as the constant's name. Looked up in the parser's character
 * buffer through a small open-addressing table, without making a {@code String} of the value.
 */
final class EnumShape extends ValueShape {

  private final char[][] names;
  private final Object[] constants;
  private final int mask;

  EnumShape(Class<?> type) {
    Object[] all = type.getEnumConstants();
    int size = Integer.highestOneBit(Math.max(all.length, 1) * 4 - 1) << 1;
    this.names = new char[size][];
    this.constants = new Object[size];
    this.mask = size - 1;
    for (Object constant : all) {
      char[] chars = ((Enum<?>) constant).name().toCharArray();
      int slot = hash(chars, 0, chars.length) & mask;
      while (names[slot] != null) {
        slot = (slot + 1) & mask;
      }
      names[slot] = chars;
      constants[slot] = constant;
    }
  }

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    if (t != JsonToken.VALUE_STRING) {
      f.at(p, "schema.type");
      f.at(p, "schema.enum"); // enum applies to every type: networknt and ajv report both
      Skip.value(p);
      return FAULT;
    }
    char[] text = p.getStringCharacters();
    int from = p.getStringOffset();
    int length = p.getStringLength();
    if (length > f.maxStringLength) {
      throw new Fatal("json.limit.stringLength");
    }
    for (int slot = hash(text, from, length) & mask; names[slot] != null; slot = (slot + 1) & mask) {
      if (same(names[slot], text, from, length)) {
        return constants[slot];
      }
    }
    f.atCode(p, "schema.enum", text, from, length);
    return FAULT;
  }

  /**
   * Whether {@code length} characters from {@code from} are {@code name}: a plain loop, since codes
   * are a few characters long and the range checks of {@code Arrays.equals} would cost more than
   * the comparison.
   */
  private static boolean same(char[] name, char[] text, int from, int length) {
    if (name.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name[i] != text[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hash of the length and three characters (first, middle, last): constant time for long
   * names such as {@code EXCHANGE_WITH_AUTHORITIES}; {@link #same} decides, collisions only probe.
   */
  private static int hash(char[] text, int from, int length) {
    if (length == 0) {
      return 0;
    }
    int h = length;
    h = 31 * h + text[from];
    h = 31 * h + text[from + (length >>> 1)];
    h = 31 * h + text[from + length - 1];
    return h ^ (h >>> 7);
  }
}
