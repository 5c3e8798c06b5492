package de.integrationsplan.core.privacy;

import de.integrationsplan.core.internal.privacy.RecordRedaction;
import de.integrationsplan.core.model.Plan;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Makes redacted copies of integration plans: identifying data removed, ids and pseudonyms replaced
 * by keyed pseudonyms (<em>Pseudonymisierung</em> with HMAC-SHA-256), free text removed as the
 * {@link RedactionLevel} says.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.builder()
 *     .key(secret)                        // at least 32 bytes, kept secret by the data controller
 *     .level(RedactionLevel.EXCHANGE)
 *     .build();
 * IntegrationPlan forExchange = redactor.redact(plan);   // of format 1.x or 2.x, the same type back
 * }</pre>
 *
 * <p><b>Pseudonyms.</b> The same key gives the same pseudonym for the same value in every plan and
 * every run, so the plans of one person stay linked; another key gives unrelated pseudonyms. Local
 * ids (of goals, measures, qualifications) are scoped to their plan: {@code g1} gets another
 * pseudonym in every plan, since such ids repeat across plans and would otherwise link them. Each
 * kind of value has its own domain, so a person and an integration manager with the same reference
 * get different pseudonyms. Formats: the person's pseudonym and the integration manager become
 * {@code ps-} and 32 base32 characters (160 bits of the HMAC), local ids {@code id-} and 16 base32
 * characters (80 bits; a reference to a goal or qualification gets the same value as the id, so
 * references stay consistent), the plan id a UUID of version 8 (RFC 9562) from 122 bits of the
 * HMAC.
 *
 * <p><b>Validity.</b> A plan without errors stays without errors. Where the model requires a text
 * that is removed (a goal's description, a development's note, a qualification's original title, the
 * one target of a goal given as text, the description of work experience without an occupation code),
 * it is replaced by the placeholder {@value #PLACEHOLDER}; nothing is invented. Vendor extensions are
 * removed whole, since their values may hold anything. A plan with errors may keep errors where its
 * values were faulty, but never the faulty values themselves where they are free text.
 *
 * <p><b>Format 2.x.</b> Codes of the versioned code lists stay as codes, never replaced by the
 * placeholder. Where special categories go (see {@link RedactionLevel}), so do the values that give
 * them away: a code flagged {@link de.integrationsplan.core.codelist.Code#specialCategory()} in its
 * list (a measure of kind {@code HEALTH_CARE} or {@code PSYCHOTHERAPY}, a psychosocial centre as the
 * responsible party, the school track {@code SBBZ}), the goal area {@code HEALTH} and a child's school
 * {@code SPECIAL_NEEDS_SCHOOL}, and the disability. A record that cannot be without such a value goes
 * whole (the measure, the goal, the development), and so does what refers to a goal that went (its
 * reviews, the measures only for it); a measure also for other goals keeps those and loses its
 * provider's name.
 *
 * <p>Immutable and thread-safe; build it once and share it. The key is copied and never shown by
 * {@link #toString()} or any message. {@link #redact(Plan)} takes one plan and returns one
 * plan, so that plans can be redacted as a stream.
 */
public final class Redactor {

  /** The text that replaces removed free text where the model requires a text: {@value}. */
  public static final String PLACEHOLDER = RecordRedaction.PLACEHOLDER;

  /** The shortest key accepted, in bytes: {@value} (256 bits, the output size of SHA-256). */
  public static final int MINIMUM_KEY_BYTES = 32;

  /**
   * The fewest different byte values a key must hold: {@value}. A key of fewer (all zeros, one word
   * repeated) is no secret, however long; random bytes and their hexadecimal or Base64 text have
   * many more.
   */
  public static final int MINIMUM_DISTINCT_KEY_BYTES = 8;

  private final RedactionLevel level;
  private final RecordRedaction redaction;

  private Redactor(Builder builder, byte[] key) {
    this.level = builder.level;
    this.redaction = new RecordRedaction(new SecretKeySpec(key, "HmacSHA256"),
        builder.level == RedactionLevel.STATISTICS);
  }

  /**
   * A builder; the key is required, the level is {@link RedactionLevel#EXCHANGE} unless set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A redacted copy of the plan, of the same version: a
   * {@link de.integrationsplan.core.model.v1.IntegrationPlan} of format 1.x or a
   * {@link de.integrationsplan.core.model.v2.IntegrationPlan} of format 2.x.
   *
   * @param plan the plan, valid or not
   * @param <T> the plan's type
   * @return the redacted copy
   * @throws NullPointerException when {@code plan} is {@code null}
   * @throws IllegalArgumentException when the plan is of no version this library knows (another
   *     implementation of {@link Plan})
   */
  public <T extends Plan> T redact(T plan) {
    Objects.requireNonNull(plan, "plan");
    return redaction.redact(plan);
  }

  /**
   * The level.
   *
   * @return the level
   */
  public RedactionLevel level() {
    return level;
  }

  /**
   * Prints the level, never the key.
   *
   * @return {@code Redactor[level=EXCHANGE]} or {@code Redactor[level=STATISTICS]}
   */
  @Override
  public String toString() {
    return "Redactor[level=" + level + "]";
  }

  /** Builds a {@link Redactor}; not thread-safe, fails fast naming the bad setting. */
  public static final class Builder {
    private byte @Nullable [] key;
    private RedactionLevel level = RedactionLevel.EXCHANGE;

    private Builder() {}

    /**
     * Sets the secret key of the keyed hash; the bytes are copied.
     *
     * @param secret at least {@value Redactor#MINIMUM_KEY_BYTES} bytes, best from a secure random
     *     source, kept by the data controller and never sent with the plans
     * @return this builder
     * @throws IllegalArgumentException when the key is shorter than {@value Redactor#MINIMUM_KEY_BYTES}
     *     bytes, or holds fewer than {@value Redactor#MINIMUM_DISTINCT_KEY_BYTES} different byte values
     *     (the message gives the numbers only)
     */
    public Builder key(byte[] secret) {
      Objects.requireNonNull(secret, "key");
      if (secret.length < MINIMUM_KEY_BYTES) {
        throw new IllegalArgumentException("key: at least " + MINIMUM_KEY_BYTES + " bytes are required, got "
            + secret.length);
      }
      int distinct = distinctBytes(secret);
      if (distinct < MINIMUM_DISTINCT_KEY_BYTES) {
        throw new IllegalArgumentException("key: too weak, at least " + MINIMUM_DISTINCT_KEY_BYTES
            + " different byte values are required, got " + distinct);
      }
      if (key != null) {
        Arrays.fill(key, (byte) 0);
      }
      key = secret.clone();
      return this;
    }

    private static int distinctBytes(byte[] bytes) {
      boolean[] seen = new boolean[256];
      int distinct = 0;
      for (byte b : bytes) {
        if (!seen[b & 0xff]) {
          seen[b & 0xff] = true;
          distinct++;
        }
      }
      return distinct;
    }

    /**
     * Sets the level.
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(RedactionLevel level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Builds the redactor.
     *
     * @return the redactor
     * @throws IllegalStateException when no key was set
     */
    public Redactor build() {
      byte[] k = key;
      if (k == null) {
        throw new IllegalStateException("key: required, call key(byte[]) first");
      }
      return new Redactor(this, k);
    }

    /**
     * Prints the level, never the key.
     *
     * @return a description without the key
     */
    @Override
    public String toString() {
      return "Redactor.Builder[level=" + level + ", key=" + (key == null ? "unset" : "set") + "]";
    }
  }
}
