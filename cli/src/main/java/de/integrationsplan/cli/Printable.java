package de.integrationsplan.cli;

/**
 * What the command line prints of a text it did not write itself (a path, an argument): every
 * character that could act on a terminal or break a line is escaped, so that a file name can
 * neither forge a line of the report nor move the cursor, set the window's title or clear the
 * screen. Line breaks, tabs and carriage returns become {@code \n}, {@code \t}, {@code \r}; other
 * control characters (C0, DEL, C1), format characters (such as the bidirectional overrides that
 * turn the rest of a line around), line and paragraph separators and a lone surrogate become
 * {@code \}{@code uXXXX}. Everything else, a backslash included, is printed as it is, so that a
 * plain name stays what it is; the escaped form is the same in every format.
 */
final class Printable {

  private Printable() {}

  /**
   * The text with its control characters escaped.
   *
   * @param text any text
   * @return the text itself when there is nothing to escape
   */
  static String of(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!escaped(c)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean escaped(char c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> true;
      default -> false;
    };
  }
}
