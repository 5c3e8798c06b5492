package de.integrationsplan.schema;

import de.integrationsplan.core.internal.JsonCodec;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.model.IntegrationPlan;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The soundness claim of the fast binder as a check: whenever the fast path returns a plan, the
 * databind path accepts the same input and returns an equal plan. Used by
 * {@link FastPathAgreementProperties} and {@link DocumentValidatorFuzzTest}.
 */
final class FastPathOracle {

  static final JsonCodec CODEC = new JsonCodec(JsonLimits.defaults(), Locale.ENGLISH);

  private FastPathOracle() {}

  /**
   * Checks the implication on bytes.
   *
   * @param json the input
   * @return the fast path's plan, or {@code null} when it declined
   * @throws AssertionError if the fast path accepts what databind rejects or binds differently
   */
  static @Nullable IntegrationPlan check(byte[] json) {
    return check(CODEC, json);
  }

  /**
   * Checks the implication on bytes with a codec of other limits.
   *
   * @param codec the codec
   * @param json the input
   * @return the fast path's plan, or {@code null} when it declined
   * @throws AssertionError if the fast path accepts what databind rejects or binds differently
   */
  static @Nullable IntegrationPlan check(JsonCodec codec, byte[] json) {
    return check(codec.readFast(json), () -> codec.readSlow(json), "bytes");
  }


  /**
   * Checks the implication on text.
   *
   * @param json the input
   * @return the fast path's plan, or {@code null} when it declined
   * @throws AssertionError if the fast path accepts what databind rejects or binds differently
   */
  static @Nullable IntegrationPlan check(String json) {
    return check(CODEC, json);
  }

  /**
   * Checks the implication on text with a codec of other limits.
   *
   * @param codec the codec
   * @param json the input
   * @return the fast path's plan, or {@code null} when it declined
   * @throws AssertionError if the fast path accepts what databind rejects or binds differently
   */
  static @Nullable IntegrationPlan check(JsonCodec codec, String json) {
    return check(codec.readFast(json), () -> codec.readSlow(json), "text");
  }

  /** The implication for one input: the fast path's plan (or null), and the databind path to ask. */
  private static @Nullable IntegrationPlan check(@Nullable IntegrationPlan fast,
      java.util.function.Supplier<IntegrationPlan> databind, String input) {
    if (fast == null) {
      return null;
    }
    IntegrationPlan slow;
    try {
      slow = databind.get();
    } catch (PlanFormatException e) {
      throw new AssertionError("the fast path accepts " + input + " that databind rejects: " + e.code() + " at "
          + e.pointer());
    }
    requireEqual(fast, slow);
    return fast;
  }


  private static void requireEqual(IntegrationPlan fast, IntegrationPlan slow) {
    if (!fast.equals(slow)) {
      throw new AssertionError("the fast path binds another plan than databind");
    }
    // equals compares extension values by Java type too (Integer 1 is not Long 1); the text too
    if (!CODEC.write(fast).equals(CODEC.write(slow))) {
      throw new AssertionError("the fast path's plan writes differently from databind's");
    }
  }
}
