package de.integrationsplan.core.internal.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: HMAC-SHA-256 over a domain and a value, encoded to fit the model's formats.
 * One instance per redaction call; not thread-safe (it holds a {@link Mac}).
 */
final class Pseudonyms {

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private final Mac mac;

  Pseudonyms(SecretKeySpec key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
    } catch (GeneralSecurityException e) {
      // no key material in the message, and no cause that could carry it
      throw new IllegalStateException("HmacSHA256 is not available: " + e.getClass().getSimpleName());
    }
  }

  /**
   * A pseudonym matching {@code Formats.PSEUDONYM}: {@code ps-} and 32 base32 characters (160 bits).
   */
  String pseudonym(String domain, String value) {
    return "ps-" + base32(hmac(domain, value), 20);
  }

  /**
   * A local id matching {@code Formats.LOCAL_ID}: {@code id-} and 16 base32 characters (80 bits),
   * within {@code scope} (the plan's id, which holds no NUL): the same id in two plans gets two
   * pseudonyms, a reference within one plan the same as its id.
   */
  String localId(String scope, String value) {
    return "id-" + base32(hmac("local-id:" + scope, value), 10);
  }

  /** A UUID of version 8 (RFC 9562, custom) from the first 128 bits of the HMAC. */
  UUID uuid(String domain, UUID value) {
    byte[] h = hmac(domain, value.toString());
    h[6] = (byte) ((h[6] & 0x0f) | 0x80); // version 8
    h[8] = (byte) ((h[8] & 0x3f) | 0x80); // variant 10xx (RFC 9562)
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (h[i] & 0xff);
      lsb = (lsb << 8) | (h[i + 8] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private byte[] hmac(String domain, String value) {
    mac.update(domain.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0); // separates domain and value unambiguously (domains hold no NUL)
    return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
  }

  private static String base32(byte[] bytes, int length) {
    byte[] b = Arrays.copyOf(bytes, length);
    StringBuilder out = new StringBuilder(length * 8 / 5 + 1);
    int buffer = 0;
    int bits = 0;
    for (byte x : b) {
      buffer = (buffer << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
