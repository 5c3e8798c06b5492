package de.integrationsplan.synthetic;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic generator of synthetic integration plans (<em>Integrationspläne</em>): valid,
 * plausible plans of people in <em>Anschlussunterbringung</em> in Baden-Württemberg, for tests,
 * demos and benchmarks.
 *
 * <pre>{@code
 * SyntheticPlans generator = SyntheticPlans.builder()
 *     .seed(7)
 *     .referenceDate(LocalDate.of(2026, 11, 25))
 *     .build();
 * IntegrationPlan plan = generator.plan(0);
 * try (Stream<IntegrationPlan> plans = generator.stream(1_000)) {
 *   plans.forEach(p -> ...);
 * }
 * generator.writeNdjson(100_000, System.out);
 * }</pre>
 *
 * <p><b>Deterministic.</b> The plan at index {@code i} depends only on the seed, the reference date
 * and {@code i}: the same options give the same plans, byte for byte in JSON, on every platform, in
 * every default time zone and locale. Each plan has its own random source, seeded from the seed and
 * its index, so plans can be generated in any order and in parallel.
 *
 * <p><b>Valid by construction.</b> Every plan passes
 * {@link de.integrationsplan.core.validation.PlanValidator} and the published JSON Schema with no
 * errors and no warnings, provided the reference date is not after today: language assessments are
 * dated up to the day before the reference date, and the rules reject assessments in the future.
 *
 * <p><b>Plausible.</b> Nationalities, languages, legal bases, ages, households, schooling,
 * qualifications and their recognition, German levels and courses follow rough, documented
 * distributions for Baden-Württemberg; status, goals, measures, reviews and closures follow the
 * practice of the <em>Integrationsmanagement</em> (counselling of up to three years, four with a
 * justification). The distributions are approximations for test data, not statistics.
 *
 * <p><b>No identifying data.</b> Plans carry pseudonyms only ({@code syn-...} for the person,
 * {@code im-<AGS>-nn} for the integration manager), never names or dates of birth, and an extension
 * {@value #MARKER_URL} that names the generator, seed and index, so that synthetic plans are
 * recognisable wherever they end up.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SyntheticPlans {

  /** The URL of the extension that marks every generated plan as synthetic. */
  public static final String MARKER_URL = PlanGenerator.MARKER_URL;

  /** The reference date used unless another is set: 2026-11-25. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 25);

  /** The earliest reference date accepted: integration management started in 2018. */
  public static final LocalDate EARLIEST_REFERENCE_DATE = LocalDate.of(2018, 1, 1);

  /** The latest reference date accepted. */
  public static final LocalDate LATEST_REFERENCE_DATE = LocalDate.of(2099, 12, 31);

  private final long seed;
  private final LocalDate referenceDate;
  private final PlanJson json;

  private SyntheticPlans(Builder b) {
    this.seed = b.seed;
    this.referenceDate = b.referenceDate;
    this.json = PlanJson.create();
  }

  /**
   * A builder with seed 0 and the {@linkplain #DEFAULT_REFERENCE_DATE default reference date}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A generator with the given seed and the default reference date.
   *
   * @param seed the seed
   * @return the generator
   */
  public static SyntheticPlans withSeed(long seed) {
    return builder().seed(seed).build();
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The reference date (<em>Stichtag</em>): running plans are open on this day, ended plans were
   * closed on or before it, and no event of a plan lies after it.
   *
   * @return the reference date
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * The plan at the given index of this generator's sequence.
   *
   * @param index the index, not negative
   * @return the plan, always the same for the same seed, reference date and index
   * @throws IllegalArgumentException when the index is negative
   */
  public IntegrationPlan plan(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    return new PlanGenerator(seed, index, referenceDate).generate();
  }

  /**
   * The plan at the given index in a major version of the format, as {@code PlanJson.read(json,
   * version)} names it: format 1.0 ({@code model.v1.IntegrationPlan}, the same as
   * {@link #plan(long)}) or format 2.0 ({@code model.v2.IntegrationPlan}).
   *
   * <pre>{@code
   * de.integrationsplan.core.model.v2.IntegrationPlan plan =
   *     generator.plan(0, de.integrationsplan.core.model.v2.IntegrationPlan.class);
   * }</pre>
   *
   * <p>A 2.0 plan is the person, time line, goals, measures and reviews of the 1.0 plan of the same
   * index, with the codes of the code lists it declares, and what 2.0 adds: the status history,
   * counselling contacts, household members that goals and measures are for, residence details,
   * the state of a recognition apart from its outcome and the ZAB's statement, organisations of
   * every kind, the receiving municipality after a move, goals for securing residence,
   * naturalisation and finances. Every code is one of the version of its list that the plan
   * declares, and valid at the date it applies to.
   *
   * @param <T> the plan type of the version
   * @param index the index, not negative
   * @param version {@code model.v1.IntegrationPlan.class} or {@code model.v2.IntegrationPlan.class}
   * @return the plan, always the same for the same seed, reference date, index and version
   * @throws IllegalArgumentException when the index is negative or the version is not one of those
   */
  public <T extends Plan> T plan(long index, Class<T> version) {
    Objects.requireNonNull(version, "version");
    if (version == IntegrationPlan.class) {
      return version.cast(plan(index));
    }
    if (version != de.integrationsplan.core.model.v2.IntegrationPlan.class) {
      throw new IllegalArgumentException("no generator for " + version.getName()
          + "; known: model.v1.IntegrationPlan, model.v2.IntegrationPlan");
    }
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    return version.cast(new PlanGeneratorV2(seed, index, referenceDate).generate());
  }

  /**
   * The first {@code count} plans, in order, generated lazily one at a time.
   *
   * @param count how many plans, not negative
   * @return a sequential, ordered stream of plans {@code 0} to {@code count - 1}
   * @throws IllegalArgumentException when the count is negative
   */
  public Stream<IntegrationPlan> stream(long count) {
    requireCount(count);
    return LongStream.range(0, count).mapToObj(this::plan);
  }

  /**
   * An endless iterator over the plans from index 0, each generated when asked for. Not
   * thread-safe; take one iterator per thread, or use {@link #plan(long)}.
   *
   * @return a new iterator
   */
  public Iterator<IntegrationPlan> iterator() {
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next >= 0;
      }

      @Override
      public IntegrationPlan next() {
        if (next < 0) {
          throw new NoSuchElementException();
        }
        return plan(next++);
      }
    };
  }

  /**
   * An endless stream of the plans from index 0; limit it with {@link Stream#limit(long)}.
   *
   * @return a sequential, ordered stream
   */
  public Stream<IntegrationPlan> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  /**
   * Writes the first {@code count} plans as NDJSON: one compact JSON plan a line, each ended by
   * {@code '\n'}, UTF-8, in constant memory (one plan at a time). The stream is flushed but stays
   * open. The same seed, reference date and count always give the same bytes.
   *
   * @param count how many plans, not negative
   * @param out where to write
   * @throws IllegalArgumentException when the count is negative
   * @throws UncheckedIOException when writing fails
   */
  public void writeNdjson(long count, OutputStream out) {
    writeNdjson(0, count, out);
  }

  /**
   * Writes {@code count} plans from index {@code first} as NDJSON, as {@link #writeNdjson(long,
   * OutputStream)} does; for writing one long sequence in parts.
   *
   * @param first the index of the first plan, not negative
   * @param count how many plans, not negative
   * @param out where to write
   * @throws IllegalArgumentException when {@code first} or the count is negative
   * @throws UncheckedIOException when writing fails
   */
  public void writeNdjson(long first, long count, OutputStream out) {
    writeNdjson(first, count, IntegrationPlan.class, out);
  }

  /**
   * Writes {@code count} plans of a major version of the format from index {@code first} as
   * NDJSON, as {@link #writeNdjson(long, OutputStream)} does, each plan as
   * {@link #plan(long, Class)} gives it.
   *
   * @param first the index of the first plan, not negative
   * @param count how many plans, not negative
   * @param version {@code model.v1.IntegrationPlan.class} or {@code model.v2.IntegrationPlan.class}
   * @param out where to write
   * @throws IllegalArgumentException when {@code first} or the count is negative, or the version is
   *     not one of those
   * @throws UncheckedIOException when writing fails
   */
  public void writeNdjson(long first, long count, Class<? extends Plan> version, OutputStream out) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(out, "out");
    plan(0, version); // fails fast on a version without a generator
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative: " + first);
    }
    requireCount(count);
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    BufferedOutputStream buffered = new BufferedOutputStream(new NonClosing(out), 1 << 16);
    try {
      for (long i = first; i < first + count; i++) {
        line.reset();
        json.write(plan(i, version), line);
        line.write('\n');
        line.writeTo(buffered);
      }
      buffered.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "SyntheticPlans[seed=" + seed + ", referenceDate=" + referenceDate + "]";
  }

  private static void requireCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }

  /** Passes writes on, keeps the caller's stream open. */
  private static final class NonClosing extends OutputStream {
    private final OutputStream out;

    NonClosing(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  /** Builds a {@link SyntheticPlans}; not thread-safe, fails fast naming a bad value. */
  public static final class Builder {
    private long seed;
    private LocalDate referenceDate = DEFAULT_REFERENCE_DATE;

    private Builder() {}

    /**
     * Sets the seed; the builder starts with 0.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the reference date (<em>Stichtag</em>); the builder starts with
     * {@link #DEFAULT_REFERENCE_DATE}. Choose a date not after today for plans that pass the
     * validator, which rejects language assessments in the future.
     *
     * @param referenceDate a date from {@link #EARLIEST_REFERENCE_DATE} to {@link #LATEST_REFERENCE_DATE}
     * @return this builder
     * @throws IllegalArgumentException when the date is outside that range
     */
    public Builder referenceDate(LocalDate referenceDate) {
      Objects.requireNonNull(referenceDate, "referenceDate");
      if (referenceDate.isBefore(EARLIEST_REFERENCE_DATE) || referenceDate.isAfter(LATEST_REFERENCE_DATE)) {
        throw new IllegalArgumentException("referenceDate must be from " + EARLIEST_REFERENCE_DATE
            + " to " + LATEST_REFERENCE_DATE + ": " + referenceDate);
      }
      this.referenceDate = referenceDate;
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return the generator, immutable and thread-safe
     */
    public SyntheticPlans build() {
      return new SyntheticPlans(this);
    }
  }
}
