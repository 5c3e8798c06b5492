package de.integrationsplan.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random draws of one plan, from one {@link SplittableRandom} seeded from the generator's seed
 * and the plan's index. Only integer arithmetic and {@link SplittableRandom} are used, so the draws
 * are the same on every platform, in every time zone and locale.
 */
final class Draw {

  private final SplittableRandom random;

  private Draw(SplittableRandom random) {
    this.random = random;
  }

  /**
   * The draws of the plan with the given index: a 64-bit mix of seed and index (Stafford's variant
   * 13 of MurmurHash3's finaliser), so that neighbouring indexes give unrelated sequences.
   */
  static Draw forPlan(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + mix(index + 0x632BE59BD9B4E019L);
    return new Draw(new SplittableRandom(mix(z)));
  }

  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A version-4 UUID from the random source (never {@code UUID.randomUUID()}). */
  UUID uuid() {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }

  /** Uniform in {@code [from, to]}, both inclusive; {@code from} when the range is empty. */
  int between(int from, int to) {
    return to <= from ? from : from + random.nextInt(to - from + 1);
  }

  /** True with the given percentage, 0 to 100. */
  boolean percent(int percent) {
    return random.nextInt(100) < percent;
  }

  /** True with the given per-mille share, 0 to 1000. */
  boolean perMille(int perMille) {
    return random.nextInt(1000) < perMille;
  }

  /** A day uniform in {@code [from, to]}; {@code from} when {@code to} is before it. */
  LocalDate day(LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
  }

  /** One element, uniformly. */
  <T> T one(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One element of an array, uniformly. */
  <T> T one(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** An index drawn with the given relative weights (not all zero). */
  int weighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("weights are all zero");
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError("unreachable");
  }

  /** One value drawn with the given relative weights. */
  <T> T weighted(List<T> values, int[] weights) {
    return values.get(weighted(weights));
  }
}
