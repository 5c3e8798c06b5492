package de.integrationsplan.report.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The record keys of the cell-key method, derived from the Land's secret: HMAC-SHA-256 of a
 * record's pseudonymous id (the plan's id, the person's pseudonym). A record key is a random number
 * in [0, 1) to anyone without the secret, and the same for the same record in every run, which is
 * what makes the noise of a cell the same in every release. A contact's key is mixed from its
 * plan's 64-bit key and the contact's date and position, as keyed as the plan's. Not thread-safe
 * (one {@link Mac}); one per counting run.
 */
public final class RecordKeys {

  private final Mac mac;

  /**
   * @param secret the Land's secret, checked by the caller
   */
  public RecordKeys(byte[] secret) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("the key is refused by HMAC-SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /**
   * @param domain what the id names ({@code plan}, {@code person}), so that equal ids of two kinds
   *     get unrelated keys
   * @param id the pseudonymous id
   * @return 64 bits of the keyed hash: the high 32 are the record key
   */
  public long of(String domain, String id) {
    mac.update(domain.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    byte[] h = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(h).getLong();
  }

  /**
   * The key of a record derived from another's: SplitMix64's finaliser over the base key and a
   * discriminator (a contact's day and position in its plan).
   *
   * @return 64 bits: the high 32 are the record key
   */
  public static long derived(long base, long discriminator) {
    long z = base + 0x9E3779B97F4A7C15L * (discriminator + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** @return the record key of 64 bits of hash: the high half */
  public static int recordKey(long hash) {
    return (int) (hash >>> 32);
  }
}
