package de.integrationsplan.testing;

import java.util.List;
import java.util.Random;

/** Random JSON values as text, of every shape and some near misses. Stateless and thread-safe. */
final class JsonValues {

  /** Below this depth, values may nest further; at it, only scalars. */
  private static final int MAX_DEPTH = 36;

  private JsonValues() {}

  /**
   * A random JSON value as text: every shape, sometimes a {@code null}, a repeated key, a trailing
   * comma, a number JSON does not allow, or nesting deeper than the reader's limit.
   *
   * @param random the source of the choices
   * @param depth how deep the value is nested already
   * @return the text
   */
  static String value(Random random, int depth) {
    int kind = random.nextInt(depth > MAX_DEPTH ? 4 : 9);
    return switch (kind) {
      case 0 -> pick(random, "\"\"", "\"x\"", "\"\\u00e4\\n\"", "\"\\ud83d\\ude00\"", "\"\u00e4\u20ac\"", "\"\\ud800\"",
          "\"a\\\"b\"");
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> pick(random, "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
          "9223372036854775808", "123456789012345678901234567890", "00", "1.", "+1");
      case 3 -> pick(random, "1.0", "-0.0", "0.5", "1e5", "1E-3", "1.5e+300", "1e400", "123456789012345678901234.5",
          "2.50", ".5", "1e", "NaN");
      case 4 -> "null";
      case 5, 6 -> {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          b.append(i == 0 ? "" : ",").append(value(random, depth + 1));
        }
        yield b.append(random.nextInt(30) == 0 ? ",]" : "]").toString();
      }
      default -> {
        StringBuilder b = new StringBuilder("{");
        List<String> names = List.of("a", "b", "\u00e4", "a\\u0062", "ab", "");
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          b.append(i == 0 ? "" : ",").append('"').append(names.get(random.nextInt(names.size()))).append("\":")
              .append(value(random, depth + 1));
        }
        yield b.append("}").toString();
      }
    };
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
