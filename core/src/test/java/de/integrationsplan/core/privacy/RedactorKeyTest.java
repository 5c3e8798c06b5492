package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.testing.TestPlans;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key is copied, checked, and never shown. */
final class RedactorKeyTest {

  @Test
  void toStringShowsTheLevelButNotTheKey() {
    Redactor redactor = Keys.redactor(RedactionLevel.STATISTICS);
    assertThat(redactor.toString()).isEqualTo("Redactor[level=STATISTICS]");
    assertNoKey(redactor.toString());
    assertNoKey(Redactor.builder().key(Keys.key()).toString());
  }

  @Test
  void shortKeyIsRejectedWithoutShowingIt() {
    byte[] shortKey = Arrays.copyOf(Keys.key(), 31);
    assertThatThrownBy(() -> Redactor.builder().key(shortKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32")
        .satisfies(e -> assertNoKey(e.getMessage() + e));
  }

  @Test
  void missingKeyIsRejected() {
    assertThatThrownBy(() -> Redactor.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key");
  }

  @Test
  void keyIsCopied() {
    byte[] key = Keys.key();
    Redactor redactor = Redactor.builder().key(key).build();
    String before = redactor.redact(TestPlans.minimal()).person().pseudonym();
    Arrays.fill(key, (byte) 'x');
    assertThat(redactor.redact(TestPlans.minimal()).person().pseudonym()).isEqualTo(before);
  }

  @Test
  void thirtyTwoBytesAreEnough() {
    assertThat(Redactor.builder().key(Arrays.copyOf(Keys.key(), 32)).build().level()).isEqualTo(RedactionLevel.EXCHANGE);
  }

  @Test
  void aKeyOfFewDifferentBytesIsRejectedWithoutShowingIt() {
    byte[] zeros = new byte[64];
    byte[] word = "KEY-KEY-KEY-KEY-KEY-KEY-KEY-KEY-KEY-KEY-".getBytes(StandardCharsets.US_ASCII);
    for (byte[] weak : List.of(zeros, word)) {
      assertThatThrownBy(() -> Redactor.builder().key(weak))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("too weak")
          .satisfies(e -> assertNoKey(e.getMessage() + e));
    }
    byte[] hex = HexFormat.of().formatHex(Keys.key()).getBytes(StandardCharsets.US_ASCII);
    assertThat(Redactor.builder().key(hex).build()).isNotNull();
  }

  @Test
  void nullPlanIsRejectedByName() {
    assertThatThrownBy(() -> Keys.redactor(RedactionLevel.EXCHANGE).redact(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
  }

  @Test
  void redactorHasNoAccessorThatReturnsBytes() {
    List<Class<?>> returned = Arrays.stream(Redactor.class.getMethods()).<Class<?>>map(m -> m.getReturnType()).toList();
    assertThat(returned).doesNotContain(byte[].class, char[].class, String[].class);
  }

  static void assertNoKey(String text) {
    byte[] key = Keys.key();
    for (String form : List.of(new String(key, StandardCharsets.US_ASCII), HexFormat.of().formatHex(key),
        Base64.getEncoder().encodeToString(key), Arrays.toString(key), "secret")) {
      assertThat(text).doesNotContain(form);
    }
  }
}
