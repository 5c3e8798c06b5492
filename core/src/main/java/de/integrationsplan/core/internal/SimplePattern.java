package de.integrationsplan.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A regular expression of the simplest kind, matched without {@link java.util.regex}: a sequence
 * of ASCII character classes or literals, each with a fixed count, the last one with a range
 * ({@code ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$}, {@code ^[0-9]{8}$}). Since only the last element
 * varies in length, every position belongs to exactly one element and no backtracking can change
 * the answer: the match is a length check and one table lookup per character. It answers exactly as
 * {@code Pattern.compile(regex).matcher(s).matches()}; {@link #compile} declines every other form
 * (groups, alternation, {@code * + ?}, escapes other than {@code \.} and {@code \-}, negated
 * classes, non-ASCII), and the caller then uses {@link java.util.regex.Pattern}. Shared by the reader
 * and the rule engine, which check the same patterns of the model.
 */
public final class SimplePattern {

  /** Per element: which ASCII characters it accepts. */
  private final boolean[][] classes;
  /** The fixed count of every element but the last. */
  private final int[] counts;
  private final int lastMin;
  private final int lastMax;
  private final int fixedLength;

  private SimplePattern(boolean[][] classes, int[] counts, int lastMin, int lastMax) {
    this.classes = classes;
    this.counts = counts;
    this.lastMin = lastMin;
    this.lastMax = lastMax;
    int fixed = 0;
    for (int i = 0; i < counts.length - 1; i++) {
      fixed += counts[i];
    }
    this.fixedLength = fixed;
  }

  /**
   * Compiles {@code regex} (no flags) if it has the simple form.
   *
   * @param regex the expression
   * @return the matcher, or {@code null} when the expression is not of the simple form
   */
  public static @Nullable SimplePattern compile(String regex) {
    int i = 0;
    int end = regex.length();
    if (i < end && regex.charAt(i) == '^') {
      i++;
    }
    if (end > i && regex.charAt(end - 1) == '$' && !(end - 2 >= i && regex.charAt(end - 2) == '\\')) {
      end--;
    }
    List<boolean[]> classes = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    while (i < end) {
      boolean[] set = new boolean[128];
      char c = regex.charAt(i);
      if (c == '[') {
        int close = regex.indexOf(']', i + 1);
        if (close < 0 || close >= end || !charClass(regex.substring(i + 1, close), set)) {
          return null;
        }
        i = close + 1;
      } else if (c == '\\' && i + 1 < end && (regex.charAt(i + 1) == '.' || regex.charAt(i + 1) == '-')) {
        set[regex.charAt(i + 1)] = true;
        i += 2;
      } else if (isPlain(c)) {
        set[c] = true;
        i++;
      } else {
        return null;
      }
      int min = 1;
      int max = 1;
      if (i < end && regex.charAt(i) == '{') {
        int close = regex.indexOf('}', i + 1);
        if (close < 0 || close >= end) {
          return null;
        }
        String body = regex.substring(i + 1, close);
        int comma = body.indexOf(',');
        try {
          if (comma < 0) {
            min = Integer.parseInt(body);
            max = min;
          } else {
            min = Integer.parseInt(body.substring(0, comma));
            max = Integer.parseInt(body.substring(comma + 1));
          }
        } catch (NumberFormatException e) {
          return null;
        }
        if (!digits(body.replace(",", "")) || min < 0 || max < min) {
          return null;
        }
        i = close + 1;
      }
      classes.add(set);
      ranges.add(new int[] {min, max});
    }
    if (classes.isEmpty()) {
      return null;
    }
    int n = classes.size();
    int[] counts = new int[n];
    for (int k = 0; k < n; k++) {
      int[] r = ranges.get(k);
      if (k < n - 1 && r[0] != r[1]) {
        return null; // a varying element before the last: backtracking could matter
      }
      counts[k] = r[0];
    }
    int[] last = ranges.get(n - 1);
    return new SimplePattern(classes.toArray(new boolean[0][]), counts, last[0], last[1]);
  }

  /**
   * Whether {@code s} matches as a whole.
   *
   * @param s the text
   * @return the answer {@code matches()} gives
   */
  public boolean matches(CharSequence s) {
    int length = s.length();
    int rest = length - fixedLength;
    if (rest < lastMin || rest > lastMax) {
      return false;
    }
    int pos = 0;
    int last = classes.length - 1;
    for (int k = 0; k < last; k++) {
      boolean[] set = classes[k];
      for (int j = 0; j < counts[k]; j++, pos++) {
        if (!accepts(set, s.charAt(pos))) {
          return false;
        }
      }
    }
    boolean[] set = classes[last];
    for (; pos < length; pos++) {
      if (!accepts(set, s.charAt(pos))) {
        return false;
      }
    }
    return true;
  }

  private static boolean accepts(boolean[] set, char c) {
    return c < 128 && set[c];
  }

  /** Letters, digits and a few punctuation characters that stand for themselves outside a class. */
  private static boolean isPlain(char c) {
    return alnum(c) || c == '_' || c == ':' || c == '/' || c == '@' || c == '=' || c == ',';
  }

  private static boolean digits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Fills {@code set} from the body of a class: letters, digits, {@code . _ :} and ranges between
   * letters or digits of one kind; {@code -} only as the last character. Anything else declines.
   */
  private static boolean charClass(String body, boolean[] set) {
    if (body.isEmpty() || body.charAt(0) == '^') {
      return false;
    }
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '-' && i == body.length() - 1 && i > 0) {
        set['-'] = true;
        i++;
      } else if (alnum(c) && i + 2 < body.length() && body.charAt(i + 1) == '-' && alnum(body.charAt(i + 2))) {
        char to = body.charAt(i + 2);
        if (!sameKind(c, to) || to < c) {
          return false;
        }
        for (char x = c; x <= to; x++) {
          set[x] = true;
        }
        i += 3;
      } else if (alnum(c) || c == '.' || c == '_' || c == ':') {
        set[c] = true;
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean sameKind(char a, char b) {
    return kind(a) == kind(b);
  }

  private static int kind(char c) {
    return c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : 2;
  }
}
