package de.integrationsplan.core.internal;

import de.integrationsplan.core.model.v1.Formats;
import de.integrationsplan.core.validation.constraints.CodeLists;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pattern of the model, matched by the cheapest matcher that answers exactly as
 * {@code Pattern.compile(regex).matcher(s).matches()}: {@link SimplePattern} for the simplest form
 * (ids, AGS), a matcher written for the language tag ({@link CodeLists#LANGUAGE_TAG}) and the URI
 * of a coding system or extension ({@link Formats#SYSTEM_URI}), and {@link java.util.regex} for
 * every other expression. The two written matchers exist because these patterns are checked many
 * times in every plan and {@code java.util.regex} needs backtracking state for their groups; both
 * are tested against {@code java.util.regex} on generated input. Shared by the reader, the rule
 * engine and redaction, which check the same patterns of the model.
 */
public abstract class TextPattern {

  private final String regex;

  private TextPattern(String regex) {
    this.regex = regex;
  }

  /**
   * The matcher for {@code regex}.
   *
   * @param regex a regular expression without flags
   * @return its matcher
   */
  public static TextPattern compile(String regex) {
    return compile(regex, 0);
  }

  /**
   * The matcher for {@code regex} with {@link Pattern} flags; with flags it is always
   * {@code java.util.regex}.
   *
   * @param regex a regular expression
   * @param flags the flags of {@link Pattern#compile(String, int)}
   * @return its matcher
   */
  public static TextPattern compile(String regex, int flags) {
    if (flags != 0) {
      return new Regex(Pattern.compile(regex, flags));
    }
    if (regex.equals(CodeLists.LANGUAGE_TAG)) {
      return new LanguageTag(regex);
    }
    if (regex.equals(Formats.SYSTEM_URI)) {
      return new SystemUri(regex);
    }
    @Nullable SimplePattern simple = SimplePattern.compile(regex);
    if (simple != null) {
      return new Simple(regex, simple);
    }
    return new Regex(Pattern.compile(regex));
  }

  /**
   * Whether the whole of {@code s} matches.
   *
   * @param s the text
   * @return {@code true} if it matches
   */
  public abstract boolean matches(CharSequence s);

  /**
   * The expression, as compiled.
   *
   * @return the regular expression
   */
  public final String regex() {
    return regex;
  }

  private static final class Simple extends TextPattern {
    private final SimplePattern pattern;

    Simple(String regex, SimplePattern pattern) {
      super(regex);
      this.pattern = pattern;
    }

    @Override
    public boolean matches(CharSequence s) {
      return pattern.matches(s);
    }
  }

  private static final class Regex extends TextPattern {
    private final Pattern pattern;

    Regex(Pattern pattern) {
      super(pattern.pattern());
      this.pattern = pattern;
    }

    @Override
    public boolean matches(CharSequence s) {
      return pattern.matcher(s).matches();
    }
  }

  /**
   * {@code ^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$}.
   * No class holds {@code -}, so the text splits into subtags at each {@code -}, and the kinds of
   * subtag exclude each other by length and first character (script: four, an upper-case letter
   * first; region: two or three; variant: five to eight, or four with a digit first). Each subtag
   * therefore has one reading, and the order language, script, region, variants is checked.
   */
  private static final class LanguageTag extends TextPattern {
    LanguageTag(String regex) {
      super(regex);
    }

    private static final int LANGUAGE = 0;
    private static final int SCRIPT = 1;
    private static final int REGION = 2;
    private static final int VARIANT = 3;

    @Override
    public boolean matches(CharSequence s) {
      int n = s.length();
      int at = 0;
      int last = -1;
      while (true) {
        int end = at;
        while (end < n && s.charAt(end) != '-') {
          end++;
        }
        int kind = kind(s, at, end, last);
        if (kind <= last || kind == VARIANT + 1) {
          return false;
        }
        last = kind == VARIANT ? VARIANT - 1 : kind; // variants repeat
        if (end == n) {
          return true;
        }
        at = end + 1;
      }
    }

    /** The kind of the subtag {@code [from, to)} after one of kind {@code after}; {@code VARIANT + 1} for none. */
    private static int kind(CharSequence s, int from, int to, int after) {
      int length = to - from;
      if (after < LANGUAGE) {
        return (length == 2 || length == 3) && all(s, from, to, 'a', 'z') ? LANGUAGE : VARIANT + 1;
      }
      char first = length == 0 ? 0 : s.charAt(from);
      if (length == 4 && after < SCRIPT && isUpper(first) && all(s, from + 1, to, 'a', 'z')) {
        return SCRIPT;
      }
      if (after < REGION && (length == 2 && all(s, from, to, 'A', 'Z') || length == 3 && all(s, from, to, '0', '9'))) {
        return REGION;
      }
      if ((length >= 5 && length <= 8 || length == 4 && first >= '0' && first <= '9') && alphanumeric(s, from, to)) {
        return VARIANT;
      }
      return VARIANT + 1;
    }

    private static boolean isUpper(char c) {
      return c >= 'A' && c <= 'Z';
    }

    private static boolean all(CharSequence s, int from, int to, char low, char high) {
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < low || c > high) {
          return false;
        }
      }
      return true;
    }

    private static boolean alphanumeric(CharSequence s, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * {@code ^(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!-~]*)?|urn:[a-z0-9][a-z0-9-]{0,31}:[!-~]+)$}.
   * The two branches start differently. The host's class holds none of {@code : / ? #}, so the host
   * is the longest run of its class, and what follows it decides alone; the namespace of a URN
   * holds no {@code :}, so it ends at the first one.
   */
  private static final class SystemUri extends TextPattern {
    SystemUri(String regex) {
      super(regex);
    }

    @Override
    public boolean matches(CharSequence s) {
      if (startsWith(s, "urn:")) {
        return urn(s);
      }
      int at;
      if (startsWith(s, "https://")) {
        at = 8;
      } else if (startsWith(s, "http://")) {
        at = 7;
      } else {
        return false;
      }
      int n = s.length();
      int host = at;
      while (at < n && isHost(s.charAt(at))) {
        at++;
      }
      if (at == host) {
        return false;
      }
      if (at < n && s.charAt(at) == ':') {
        int port = ++at;
        while (at < n && at - port < 5 && isDigit(s.charAt(at))) {
          at++;
        }
        if (at == port) {
          return false;
        }
      }
      if (at == n) {
        return true;
      }
      char c = s.charAt(at);
      if (c != '/' && c != '?' && c != '#') {
        return false;
      }
      return visible(s, at + 1);
    }

    private static boolean urn(CharSequence s) {
      int n = s.length();
      int at = 4;
      int nid = at;
      if (at >= n || !(isLower(s.charAt(at)) || isDigit(s.charAt(at)))) {
        return false;
      }
      at++;
      while (at < n && (isLower(s.charAt(at)) || isDigit(s.charAt(at)) || s.charAt(at) == '-')) {
        at++;
      }
      if (at - nid > 32 || at >= n || s.charAt(at) != ':') {
        return false;
      }
      return at + 1 < n && visible(s, at + 1);
    }

    private static boolean startsWith(CharSequence s, String prefix) {
      if (s.length() < prefix.length()) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if (s.charAt(i) != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private static boolean isHost(char c) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '.' || c == '-';
    }

    private static boolean isLower(char c) {
      return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /** Whether every character from {@code from} is visible ASCII, {@code [!-~]}. */
    private static boolean visible(CharSequence s, int from) {
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '!' || c > '~') {
          return false;
        }
      }
      return true;
    }
  }
}
