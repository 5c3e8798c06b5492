package de.integrationsplan.core.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Anonymous statistics of integration plans at a reference date (<em>Stichtag</em>): plans, persons,
 * goals by area, lifecycle status and achievement, and measures by kind, per municipality (AGS),
 * district (<em>Kreis</em>, the first five digits) and Land (the first two, {@code 08}), with small
 * cells suppressed.
 *
 * <pre>{@code
 * StatisticsBuilder counting = Statistics.at(LocalDate.of(2026, 6, 30)).threshold(5);
 * for (IntegrationPlan plan : plans) {       // or plan by plan from an NDJSON stream
 *   counting.add(plan);
 * }
 * Statistics statistics = counting.build();
 * Files.writeString(Path.of("statistik.csv"), statistics.toCsv());
 * }</pre>
 *
 * <p><b>Suppression</b> (<em>Geheimhaltung</em>). A count from 1 to {@code threshold - 1} is not
 * published (primary suppression); 0 is. The published relations are: within a region, each table's
 * {@link StatisticsTable#TOTAL} is the sum of its categories (the three goal tables share one total);
 * across regions, each cell of a district is the sum of the same cell of its municipalities, and each
 * cell of the Land the sum of its districts. Persons are distinct, so their totals may be smaller
 * than the sums; they are protected as if they were sums. Secondary suppression then hides more
 * cells until no suppressed cell can be recomputed from the published ones: no relation has exactly
 * one suppressed cell (else the smallest non-zero other cell of that relation is suppressed too), and
 * no suppressed cell is fixed by any combination of relations (a linear audit; see the README).
 *
 * <p><b>Output.</b> {@link #toCsv()}: RFC 4180, comma-separated, UTF-8, CRLF line ends, a header
 * {@code stichtag,level,region,table,category,count,suppressed}; a suppressed cell has an empty
 * {@code count} and {@code suppressed} {@code true}. {@link #toJson()}: an object with
 * {@code stichtag}, {@code threshold} and {@code cells}; a suppressed cell has {@code "suppressed":
 * true} and no {@code count}, never {@code null}. Rows are ordered Land, districts, municipalities,
 * then by key, table and category.
 *
 * <p>Immutable. It holds no plan, no pseudonym and no count of a suppressed cell.
 */
public final class Statistics {

  /** The default threshold: {@value}. */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The CSV header. */
  public static final String CSV_HEADER = "stichtag,level,region,table,category,count,suppressed";

  private final LocalDate stichtag;
  private final int threshold;
  private final List<StatisticsCell> cells;

  Statistics(LocalDate stichtag, int threshold, List<StatisticsCell> cells) {
    this.stichtag = stichtag;
    this.threshold = threshold;
    this.cells = List.copyOf(cells);
  }

  /**
   * A builder that counts plans active at the given day.
   *
   * @param stichtag the reference date
   * @return a new builder, threshold {@value #DEFAULT_THRESHOLD}
   */
  public static StatisticsBuilder at(LocalDate stichtag) {
    return new StatisticsBuilder(stichtag);
  }

  /**
   * The reference date.
   *
   * @return the Stichtag
   */
  public LocalDate stichtag() {
    return stichtag;
  }

  /**
   * The threshold of suppression.
   *
   * @return the smallest count shown, besides 0
   */
  public int threshold() {
    return threshold;
  }

  /**
   * All cells, in output order.
   *
   * @return the cells, unmodifiable
   */
  public List<StatisticsCell> cells() {
    return cells;
  }

  /**
   * One cell.
   *
   * @param level the region's level
   * @param region the region's key
   * @param table the table
   * @param category the category
   * @return the cell, or empty when the region has no active plan (all its counts are 0)
   */
  public Optional<StatisticsCell> cell(RegionLevel level, String region, StatisticsTable table, String category) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(category, "category");
    return cells.stream()
        .filter(c -> c.level() == level && c.region().equals(region) && c.table() == table && c.category().equals(category))
        .findFirst();
  }

  /**
   * The statistics as CSV (RFC 4180, UTF-8 when encoded, CRLF).
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    writeCsv(out);
    return out.toString();
  }

  /**
   * Writes the CSV to an appendable, cell by cell.
   *
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public void writeCsv(Appendable out) {
    try {
      out.append(CSV_HEADER).append("\r\n");
      for (StatisticsCell c : cells) {
        out.append(csv(stichtag.toString())).append(',')
            .append(csv(c.level().wireName())).append(',')
            .append(csv(c.region())).append(',')
            .append(csv(c.table().wireName())).append(',')
            .append(csv(c.category())).append(',')
            .append(c.suppressed() ? "" : Long.toString(c.count().getAsLong())).append(',')
            .append(Boolean.toString(c.suppressed())).append("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the statistics", e);
    }
  }

  /**
   * The statistics as one JSON object.
   *
   * @return the JSON text
   */
  public String toJson() {
    StringBuilder out = new StringBuilder();
    out.append("{\"stichtag\":").append(json(stichtag.toString()))
        .append(",\"threshold\":").append(threshold)
        .append(",\"cells\":[");
    for (int i = 0; i < cells.size(); i++) {
      StatisticsCell c = cells.get(i);
      out.append(i == 0 ? "" : ",")
          .append("{\"level\":").append(json(c.level().wireName()))
          .append(",\"region\":").append(json(c.region()))
          .append(",\"table\":").append(json(c.table().wireName()))
          .append(",\"category\":").append(json(c.category()));
      if (c.suppressed()) {
        out.append(",\"suppressed\":true}");
      } else {
        out.append(",\"count\":").append(c.count().getAsLong()).append('}');
      }
    }
    return out.append("]}").toString();
  }

  @Override
  public String toString() {
    return "Statistics[stichtag=" + stichtag + ", threshold=" + threshold + ", cells=" + cells.size() + "]";
  }

  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : value.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch < 0x20) {
        out.append(String.format("\\u%04x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    return out.append('"').toString();
  }
}
