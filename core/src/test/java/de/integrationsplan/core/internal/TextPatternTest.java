package de.integrationsplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.Formats;
import de.integrationsplan.core.validation.constraints.CodeLists;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The written matchers answer as {@code java.util.regex} does, on edge cases and on generated near misses. */
final class TextPatternTest {

  private static final Pattern LANGUAGE_TAG = Pattern.compile(CodeLists.LANGUAGE_TAG);
  private static final Pattern SYSTEM_URI = Pattern.compile(Formats.SYSTEM_URI);

  @Test
  void languageTagsOnEdgeCases() {
    List<String> inputs = List.of("", "de", "deu", "d", "deut", "DE", "de-DE", "de-Latn", "de-Latn-DE",
        "de-DE-Latn", "de-419", "de-41", "de-4190", "de-1996", "de-1996-1901", "de-DE-1996", "sr-Latn-RS-rozaj",
        "de-", "-de", "de--DE", "de-de", "de-LATN", "de-Latn-Latn", "de-DE-AT", "de-x", "de-abcde", "de-abcdefgh",
        "de-abcdefghi", "de-abcd", "de-0abc", "de\n", "de-DE\n", "dé", "de_DE", "de-Latn-419-variant-1abc");
    TextPattern written = TextPattern.compile(CodeLists.LANGUAGE_TAG);
    for (String input : inputs) {
      assertThat(written.matches(input)).as(input).isEqualTo(LANGUAGE_TAG.matcher(input).matches());
    }
  }

  @Test
  void systemUrisOnEdgeCases() {
    List<String> inputs = List.of("", "http://", "https://", "http://a", "https://example.org",
        "https://example.org/", "https://example.org:8080/x?y#z", "https://example.org:", "https://example.org:123456",
        "https://example.org:12345", "https://a:1/", "https://a:x", "https://a b", "https://a/b c", "https://a/ä",
        "https://a?q", "https://a#f", "https://a.b-c", "http:/a", "HTTP://a", "ftp://a", "urn:", "urn:a", "urn:a:",
        "urn:a:b", "urn:-a:b", "urn:A:b", "urn:a-b:c:d", "urn:" + "a".repeat(32) + ":x", "urn:" + "a".repeat(33) + ":x",
        "urn:oid:1.2.3", "https://a\n", "https://a/\n", "urn:a:b\n", "https://a:1", "https://.", "https://-/");
    TextPattern written = TextPattern.compile(Formats.SYSTEM_URI);
    for (String input : inputs) {
      assertThat(written.matches(input)).as(input).isEqualTo(SYSTEM_URI.matcher(input).matches());
    }
  }

  @Property(tries = 5000)
  void languageTagsAsJavaRegex(@ForAll("tags") String input) {
    boolean expected = LANGUAGE_TAG.matcher(input).matches();
    assertThat(TextPattern.compile(CodeLists.LANGUAGE_TAG).matches(input)).isEqualTo(expected);
    bothAnswersSeen(expected);
  }

  @Property(tries = 5000)
  void systemUrisAsJavaRegex(@ForAll("uris") String input) {
    boolean expected = SYSTEM_URI.matcher(input).matches();
    assertThat(TextPattern.compile(Formats.SYSTEM_URI).matches(input)).isEqualTo(expected);
    bothAnswersSeen(expected);
  }

  /** The generators must give matches and misses alike, or the comparison proves little. */
  private static void bothAnswersSeen(boolean matches) {
    Statistics.collect(matches);
    Statistics.coverage(c -> {
      c.check(true).count(n -> n >= 100);
      c.check(false).count(n -> n >= 100);
    });
  }

  @Test
  void otherExpressionsKeepTheirMeaning() {
    for (String regex : List.of(Formats.LOCAL_ID, Formats.AGS, Formats.SCHEMA_VERSION, Formats.UUID)) {
      TextPattern pattern = TextPattern.compile(regex);
      assertThat(pattern.regex()).isEqualTo(regex);
      for (String input : List.of("", "1.0", "08111000", "g1", "a-b", "1.10000", "0811100x")) {
        assertThat(pattern.matches(input)).as(regex + " on " + input)
            .isEqualTo(Pattern.compile(regex).matcher(input).matches());
      }
    }
  }

  /** Subtags of every kind and near misses of them, joined by {@code -} (sometimes doubled or at an end). */
  @Provide
  Arbitrary<String> tags() {
    Arbitrary<Character> chars = Arbitraries.of('a', 'e', 'z', 'A', 'L', 'Z', '0', '4', '9', '-', '_', 'é', '\n');
    Arbitrary<String> subtag = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("de", "deu", "d", "deut", "Latn", "LATN", "latn", "DE", "de", "419", "41", "1996", "abcde",
            "rozaj", "abcdefgh", "abcdefghi", "0abc", "a0bc", "")),
        Tuple.of(1, chars.list().ofMinSize(0).ofMaxSize(9).map(TextPatternTest::join)));
    return subtag.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("-", parts));
  }

  /** URIs built from the pattern's pieces, with pieces left out, doubled or broken. */
  @Provide
  Arbitrary<String> uris() {
    Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "urn:", "http:/", "htt://", "HTTPS://", "");
    Arbitrary<Character> chars = Arbitraries.of('a', 'Z', '0', '9', '.', '-', ':', '/', '?', '#', ' ', '~', '!',
        'ä', '\n', '\u007f');
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("example.org", ":8080", ":123456", ":", "/path", "?q=1", "#f", "oid", ":1.2.3", "a-b",
            "a".repeat(32), "a".repeat(33), "-x", "")),
        Tuple.of(1, chars.list().ofMinSize(0).ofMaxSize(8).map(TextPatternTest::join)));
    return scheme.flatMap(s -> piece.list().ofMinSize(0).ofMaxSize(4).map(p -> s + String.join("", p)));
  }

  private static String join(List<Character> chars) {
    StringBuilder b = new StringBuilder();
    chars.forEach(b::append);
    return b.toString();
  }
}
