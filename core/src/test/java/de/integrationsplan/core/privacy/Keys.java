package de.integrationsplan.core.privacy;

import java.nio.charset.StandardCharsets;

/** Keys for tests: readable, so that a leak would show in a message. */
final class Keys {

  private Keys() {}

  /** A 40-byte key of ASCII characters. */
  static final String TEXT = "KEY-secret-0123456789-abcdefghijklmnopqr";

  /** Another key of the same length. */
  static final String OTHER_TEXT = "KEY-other-0123456789-abcdefghijklmnopqrs";

  static byte[] key() {
    return TEXT.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] otherKey() {
    return OTHER_TEXT.getBytes(StandardCharsets.US_ASCII);
  }

  static Redactor redactor(RedactionLevel level) {
    return Redactor.builder().key(key()).level(level).build();
  }
}
