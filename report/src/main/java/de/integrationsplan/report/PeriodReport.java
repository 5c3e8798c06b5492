package de.integrationsplan.report;

import de.integrationsplan.report.internal.PlanCounting;
import de.integrationsplan.report.internal.RecordKeys;
import de.integrationsplan.report.internal.SpillingCounts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A period report for the Land (<em>Bericht für das Land</em>): counts of integration plans over a
 * period and at a <em>Stichtag</em>, protected by the cell-key method ({@link CellKeyPerturbation}).
 * Built once, then counted over a stream of plans, one at a time, in bounded memory:
 *
 * <pre>{@code
 * PeriodReport report = PeriodReport.builder()
 *     .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
 *     .stichtag(LocalDate.of(2026, 6, 30))       // default: the period's last day
 *     .key(secret)                              // the Land's secret: record keys
 *     .population(PeriodReport.readPopulation(csv)) // optional: the coverage rate
 *     .build();
 * ReportCounting counting = report.counting();
 * for (Plan plan : plans) {
 *   counting.add(plan);                        // 1.0 and 2.0
 * }
 * try (ReportResult result = counting.finish()) {
 *   result.writeXlsx(out);                     // or writeCsv, writeJson, cells()
 * }
 * }</pre>
 *
 * <p>Plans of format 1.0 are migrated to 2.0 with {@code PlanMigration} before they are counted,
 * so that both formats are counted by the same rules; what 1.0 has not (counselling contacts, a
 * status history) is then missing from them. A plan whose current status is
 * {@code ENTERED_IN_ERROR} is not counted. Immutable and thread-safe; each {@link #counting()} is a
 * run of its own.
 */
public final class PeriodReport {

  /** The shortest secret: as for pseudonyms ({@code Redactor.MINIMUM_KEY_BYTES}). */
  public static final int MINIMUM_KEY_BYTES = 32;

  /** The most municipalities a population file may give (Baden-Württemberg has about 1,100). */
  public static final int MAX_POPULATION_ROWS = 100_000;

  /** Cells held in memory before they are written to a temporary file, by default. */
  static final int DEFAULT_CELLS_IN_MEMORY = 200_000;

  private static final Pattern AGS = Pattern.compile("08[0-9]{6}");

  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate stichtag;
  private final byte[] key;
  private final Map<String, Long> population;
  private final int cellsInMemory;

  private PeriodReport(Builder b, byte[] key) {
    this.from = Objects.requireNonNull(b.from);
    this.to = Objects.requireNonNull(b.to);
    this.stichtag = b.stichtag != null ? b.stichtag : b.to;
    this.key = key;
    this.population = Collections.unmodifiableMap(new TreeMap<>(b.population));
    this.cellsInMemory = b.cellsInMemory;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the period's first day */
  public LocalDate from() {
    return from;
  }

  /** @return the period's last day */
  public LocalDate to() {
    return to;
  }

  /** @return the day of the counts at a Stichtag */
  public LocalDate stichtag() {
    return stichtag;
  }

  /** @return the persons in Anschlussunterbringung per municipality, empty without a population */
  public Map<String, Long> population() {
    return population;
  }

  /** @return the perturbation table, {@link CellKeyPerturbation#standard()} */
  public CellKeyPerturbation perturbation() {
    return CellKeyPerturbation.standard();
  }

  /**
   * Starts a run: a counting that takes plans one at a time.
   *
   * @return a new counting, not thread-safe
   */
  public ReportCounting counting() {
    SpillingCounts counts = new SpillingCounts(cellsInMemory);
    return new ReportCounting(this, new PlanCounting(from, to, stichtag, new RecordKeys(key), counts), counts);
  }

  /**
   * Reads a population file: CSV, a header line, then one line per municipality with its AGS
   * (eight digits of Baden-Württemberg, {@code 08...}) and the number of persons in
   * <em>Anschlussunterbringung</em>, comma- or semicolon-separated.
   *
   * @param csv the file's text
   * @return the persons by AGS
   * @throws IOException when it cannot be read
   * @throws PopulationFileException naming the line of the first fault: a key that is no AGS, a
   *     number that is none or negative, a key twice, more than {@link #MAX_POPULATION_ROWS} lines
   */
  public static Map<String, Long> readPopulation(Reader csv) throws IOException {
    Map<String, Long> result = new TreeMap<>();
    BufferedReader in = new BufferedReader(csv);
    String line = in.readLine(); // header
    int number = 1;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      if (result.size() >= MAX_POPULATION_ROWS) {
        throw new PopulationFileException(number, PopulationFileException.Fault.TOO_MANY_LINES);
      }
      String[] fields = line.split("[,;]", -1);
      if (fields.length != 2) {
        throw new PopulationFileException(number, PopulationFileException.Fault.FIELD_COUNT);
      }
      String ags = unquote(fields[0]);
      if (!AGS.matcher(ags).matches()) {
        throw new PopulationFileException(number, PopulationFileException.Fault.NOT_AN_AGS);
      }
      long persons;
      try {
        persons = Long.parseLong(unquote(fields[1]));
      } catch (NumberFormatException e) {
        throw new PopulationFileException(number, PopulationFileException.Fault.NOT_A_WHOLE_NUMBER);
      }
      if (persons < 0) {
        throw new PopulationFileException(number, PopulationFileException.Fault.NEGATIVE);
      }
      if (result.put(ags, persons) != null) {
        throw new PopulationFileException(number, PopulationFileException.Fault.AGS_TWICE);
      }
    }
    return result;
  }

  private static String unquote(String field) {
    String s = field.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  @Override
  public String toString() {
    return "PeriodReport[" + from + ".." + to + ", stichtag=" + stichtag + "]";
  }

  /** A builder of a report; fails fast, naming the field. */
  public static final class Builder {
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable LocalDate stichtag;
    private byte @Nullable [] key;
    private Map<String, Long> population = Map.of();
    private int cellsInMemory = DEFAULT_CELLS_IN_MEMORY;

    private Builder() {}

    /**
     * @param first the period's first day
     * @param last the period's last day, not before the first
     * @return this builder
     */
    public Builder period(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "from");
      Objects.requireNonNull(last, "to");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("to must not be before from: " + first + ".." + last);
      }
      from = first;
      to = last;
      return this;
    }

    /**
     * @param day the day of the counts at a Stichtag (any day, also outside the period)
     * @return this builder
     */
    public Builder stichtag(LocalDate day) {
      stichtag = Objects.requireNonNull(day, "stichtag");
      return this;
    }

    /**
     * The Land's secret, from which the record keys are derived: at least
     * {@link #MINIMUM_KEY_BYTES} bytes, at least 8 of them different. The same secret must be used
     * for every release, or the noise of a cell differs between releases and averaging them
     * reveals the true count. The bytes are copied.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder key(byte[] secret) {
      Objects.requireNonNull(secret, "key");
      if (secret.length < MINIMUM_KEY_BYTES) {
        throw new IllegalArgumentException("key must have at least " + MINIMUM_KEY_BYTES + " bytes");
      }
      if (Arrays.stream(box(secret)).distinct().count() < 8) {
        throw new IllegalArgumentException("key must have at least 8 different byte values");
      }
      key = secret.clone();
      return this;
    }

    private static Byte[] box(byte[] bytes) {
      Byte[] b = new Byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        b[i] = bytes[i];
      }
      return b;
    }

    /**
     * @param persons the persons in Anschlussunterbringung by AGS ({@link #readPopulation(Reader)})
     * @return this builder
     */
    public Builder population(Map<String, Long> persons) {
      Objects.requireNonNull(persons, "population");
      if (persons.size() > MAX_POPULATION_ROWS) {
        throw new IllegalArgumentException("population must have at most " + MAX_POPULATION_ROWS + " municipalities");
      }
      for (Map.Entry<String, Long> e : persons.entrySet()) {
        if (!AGS.matcher(e.getKey()).matches() || e.getValue() == null || e.getValue() < 0) {
          throw new IllegalArgumentException("population must map AGS of Baden-Württemberg to counts of 0 or more");
        }
      }
      population = Map.copyOf(persons);
      return this;
    }

    /** The cells held in memory before they go to disk; for tests of the bound. */
    Builder cellsInMemory(int cells) {
      if (cells < 1) {
        throw new IllegalArgumentException("cellsInMemory must be at least 1: " + cells);
      }
      cellsInMemory = cells;
      return this;
    }

    /**
     * @return the report
     * @throws IllegalStateException when the period or the key is missing
     */
    public PeriodReport build() {
      if (from == null) {
        throw new IllegalStateException("period is required");
      }
      if (key == null) {
        throw new IllegalStateException("key is required");
      }
      return new PeriodReport(this, key);
    }
  }
}
