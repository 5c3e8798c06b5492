package de.integrationsplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Utf8Check#scan}, the check of whole arrays for the reader, answers exactly as the checking
 * stream does, on any bytes, and tells exactly when the bytes hold an escape of a surrogate.
 */
final class Utf8StrictTest {

  @Property(tries = 5000)
  void agreesWithTheCheckingStream(@ForAll("utf8ish") byte[] bytes) {
    assertThat(isStrict(bytes)).isEqualTo(streamAccepts(bytes));
  }

  @Property(tries = 5000)
  void tellsASurrogateEscapeExactly(@ForAll("utf8ish") byte[] bytes) {
    int scan = Utf8Check.scan(bytes);
    if (scan != Utf8Check.INVALID) {
      boolean escape = SURROGATE_ESCAPE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find();
      assertThat(scan).isEqualTo(escape ? Utf8Check.SURROGATE_ESCAPE : Utf8Check.STRICT);
    }
  }

  @Example
  void surrogateEscapes() {
    assertThat(Utf8Check.scan("{\"a\":\"\\ud800\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8Check.SURROGATE_ESCAPE);
    assertThat(Utf8Check.scan("12345678\\uDFFF".getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8Check.SURROGATE_ESCAPE);
    assertThat(Utf8Check.scan("\\u00e4 \\uD7FF \\ue000 \\uD".getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8Check.STRICT);
    assertThat(Utf8Check.scan("\u00e4\\ud83d\\ude00".getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8Check.SURROGATE_ESCAPE);
  }

  private static final java.util.regex.Pattern SURROGATE_ESCAPE = java.util.regex.Pattern.compile("\\\\u[dD][89a-fA-F]");

  private static boolean isStrict(byte[] bytes) {
    return Utf8Check.scan(bytes) != Utf8Check.INVALID;
  }

  @Example
  void knownCases() {
    assertThat(isStrict("{\"a\":\"\u00e4\u20ac\uD83D\uDE00\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(isStrict(new byte[0])).isTrue();
    assertThat(isStrict(new byte[] {'a', (byte) 0xC0, (byte) 0xAF})).isFalse();
    assertThat(isStrict(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
    assertThat(isStrict(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).isFalse();
    assertThat(isStrict("12345678\u00e4".getBytes(StandardCharsets.UTF_8))).isTrue();
    byte[] truncated = "12345678\u20ac".getBytes(StandardCharsets.UTF_8);
    assertThat(isStrict(java.util.Arrays.copyOf(truncated, truncated.length - 1))).isFalse();
  }

  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    String[] pieces = {"a", "12345678", "\u00e4", "\u20ac", "\uD83D\uDE00", "\n", "\\ud800", "\\uDFFF", "\\u00e4",
        "\\", "u", "\\uD", "d9", "\\\\ud800"};
    int[][] bad = {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80},
        {0xED, 0x9F, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF},
        {0xF4, 0x90, 0x80, 0x80}, {0xF5}, {0xFF}, {0x80}, {0xC3}, {0xE2, 0x82}, {0xC2, 0x80}, {0xEF, 0xBF, 0xBF}};
    Arbitrary<byte[]> shaped = Arbitraries.randomValue(r -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int i = 0, n = r.nextInt(12); i < n; i++) {
        if (r.nextInt(3) == 0) {
          for (int b : bad[r.nextInt(bad.length)]) {
            out.write(b);
          }
        } else {
          out.writeBytes(pieces[r.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
        }
      }
      return out.toByteArray();
    });
    return Arbitraries.oneOf(any, shaped, shaped);
  }

  private static boolean streamAccepts(byte[] bytes) {
    try (InputStream in = Utf8Check.checking(new ByteArrayInputStream(bytes))) {
      in.readAllBytes();
      return true;
    } catch (Utf8Check.InvalidUtf8 e) {
      return false;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
