package de.integrationsplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.Formats;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

final class SimplePatternTest {

  /** The model's expressions, matched without {@code java.util.regex}, and a few others of the same form. */
  private static final List<String> SIMPLE = List.of(Formats.LOCAL_ID, Formats.PSEUDONYM, Formats.AGS,
      "^[0-9]{2}[a-z]{0,3}$", "[A-Z]{2}", "ab:[0-9._-]{1,5}", "^x\\.y[a-c]{0}$", "^[a-zA-Z0-9:_.]{0,2}$");

  /** Forms it must decline: each would need backtracking, or is no plain class or literal. */
  private static final List<String> DECLINED = List.of(Formats.SCHEMA_VERSION, Formats.EXTENSION_URL,
      "^[a-z]{0,3}[a-c]$", "^[a-z]*$", "^[a-z]+$", "^[a-z]?$", "^[^a-z]$", "^(ab)$", "^a|b$", "^\\d{3}$",
      "^[a-z]{1,3}?$", "^[a-z]{2,}$", "^[a-z]{,2}$", "^[-a]$", "^[a-\\u00ff]$", "^[a&&b]$", "^[a[b]]$",
      "^.$", "^[a-Z]$", "^[z-a]$", "^$", "^[0-9]{3}\\$$");

  @Test
  void takesTheModelsSimpleExpressions() {
    for (String regex : SIMPLE) {
      assertThat(SimplePattern.compile(regex)).as(regex).isNotNull();
    }
  }

  @Test
  void declinesEverythingElse() {
    for (String regex : DECLINED) {
      assertThat(SimplePattern.compile(regex)).as(regex).isNull();
    }
  }

  @Test
  void answersAsJavaRegexOnEdgeCases() {
    List<String> inputs = List.of("", "a", "A", "0", "a-", "-a", "a.b", "a_b:c", "08111000", "0811100",
        "081110000", "abc\n", "abc\r\n", "é", "a\uD83D\uDE00", "a".repeat(64), "a".repeat(65), "a b", "x.y",
        "xzy", "12abc", "12abcd", "AB", "ab:1._-1");
    for (String regex : SIMPLE) {
      SimplePattern simple = SimplePattern.compile(regex);
      Pattern java = Pattern.compile(regex);
      for (String input : inputs) {
        assertThat(simple.matches(input)).as(regex + " on " + input).isEqualTo(java.matcher(input).matches());
      }
    }
  }

  @Property(tries = 3000)
  void answersAsJavaRegex(@ForAll("regexes") String regex, @ForAll("texts") String input) {
    SimplePattern simple = SimplePattern.compile(regex);
    assertThat(simple).isNotNull();
    assertThat(simple.matches(input)).isEqualTo(Pattern.compile(regex).matcher(input).matches());
  }

  @Provide
  Arbitrary<String> regexes() {
    return Arbitraries.of(SIMPLE);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> chars = Arbitraries.of('a', 'z', 'A', 'Z', '0', '9', '5', '.', '_', '-', ':', ' ', '\n',
        '/', 'é', '\u0000', '\uD83D', '\uDE00', '\u00df', 'x', 'y', 'b');
    return Arbitraries.oneOf(
        chars.list().ofMinSize(0).ofMaxSize(70).map(SimplePatternTest::join),
        chars.list().ofMinSize(0).ofMaxSize(10).map(SimplePatternTest::join));
  }

  private static String join(List<Character> chars) {
    StringBuilder b = new StringBuilder();
    chars.forEach(b::append);
    return b.toString();
  }
}
