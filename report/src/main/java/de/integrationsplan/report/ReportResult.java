package de.integrationsplan.report;

import de.integrationsplan.report.internal.CellIds;
import de.integrationsplan.report.internal.CellTotal;
import de.integrationsplan.report.internal.ReportWriters;
import de.integrationsplan.report.internal.SpillingCounts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The published cells of one run of a {@link PeriodReport}, each perturbed by the cell-key method,
 * readable as often as needed ({@link #cells()}) and written as CSV, JSON, .xlsx or HTML. Cells whose
 * published count is 0 are not listed. Close it to delete its temporary files.
 */
public final class ReportResult implements AutoCloseable {

  private static final ReportTable[] TABLES = ReportTable.values();
  private static final ReportLevel[] LEVELS = ReportLevel.values();

  private final PeriodReport report;
  private final SpillingCounts counts;
  private final long plans;

  ReportResult(PeriodReport report, SpillingCounts counts, long plans) {
    this.report = report;
    this.counts = counts;
    this.plans = plans;
  }

  /** @return the report's configuration */
  public PeriodReport report() {
    return report;
  }

  /** @return the plans counted */
  public long plansCounted() {
    return plans;
  }

  /**
   * The published cells in the order of the tables, levels, regions and categories; the coverage
   * table last, when the report has a population. Each call reads the counts anew.
   *
   * @return the cells
   */
  public Iterator<ReportCell> cells() {
    return new Cells(counts.totals());
  }

  /**
   * Hands every published cell to the consumer, in the order of {@link #cells()}.
   *
   * @param consumer what takes the cells
   */
  public void forEach(Consumer<ReportCell> consumer) {
    Iterator<ReportCell> it = cells();
    while (it.hasNext()) {
      consumer.accept(it.next());
    }
  }

  /**
   * Writes the cells as CSV (RFC 4180, UTF-8, CRLF), header
   * {@code from,to,stichtag,table,level,region,category,value}.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void writeCsv(Writer out) throws IOException {
    ReportWriters.csv(report, cells(), out);
  }

  /**
   * Writes the cells as one JSON object: the period, the Stichtag, the method's parameters and
   * {@code "cells":[{"table":..., "level":..., "region":..., "category":..., "value":...}, ...]}.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void writeJson(Writer out) throws IOException {
    ReportWriters.json(report, cells(), out);
  }

  /**
   * Writes the cells as an .xlsx workbook: a sheet that describes the report and its protection,
   * then one sheet per table, with German and English headers, the header row frozen and the
   * columns as wide as their content.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void writeXlsx(OutputStream out) throws IOException {
    ReportWriters.xlsx(report, cells(), out);
  }

  /**
   * Writes a report for people as one self-contained HTML file: the period and its protection,
   * a chart of the counselling contacts by topic and one of the plans by status over the period
   * (drawn by Chart.js, which the file carries), the Land's tables and the districts' overview.
   * Municipalities and providers are left to the workbook. The file loads nothing from anywhere;
   * its content security policy allows only its own scripts and style.
   *
   * @param out where to write; not closed
   * @param locale German, or English for any other language
   * @throws IOException when writing fails
   */
  public void writeHtml(Writer out, java.util.Locale locale) throws IOException {
    de.integrationsplan.report.internal.HtmlReport.write(report, plans, cells(), locale, out);
  }

  /** The true counts, before perturbation: for the tests' attacks, which compare with them. */
  Iterator<CellTotal> trueTotals() {
    return counts.totals();
  }

  @Override
  public void close() {
    counts.close();
  }

  /** The totals perturbed and named, then the coverage rows. */
  private final class Cells implements Iterator<ReportCell> {
    private final Iterator<CellTotal> totals;
    /** The published persons with an active plan at the Stichtag, of the regions with a population. */
    private final Map<String, Long> withPlan = new TreeMap<>();
    /** The regions of the coverage table (level ordinal and key): bounded by the population file. */
    private final java.util.Set<String> coverageRegions = new java.util.HashSet<>();
    private final Deque<ReportCell> coverage = new ArrayDeque<>();
    private @Nullable ReportCell next;
    private boolean coverageMade;

    Cells(Iterator<CellTotal> totals) {
      this.totals = totals;
      for (String ags : report.population().keySet()) {
        coverageRegions.add(ReportLevel.LAND.ordinal() + ags.substring(0, 2));
        coverageRegions.add(ReportLevel.DISTRICT.ordinal() + ags.substring(0, 5));
        coverageRegions.add(ReportLevel.MUNICIPALITY.ordinal() + ags);
      }
      advance();
    }

    private void advance() {
      next = null;
      while (totals.hasNext()) {
        CellTotal t = totals.next();
        long published = report.perturbation().perturb(t.count(), t.keySum());
        String[] parts = CellIds.parts(t.id());
        ReportTable table = TABLES[Integer.parseInt(parts[0])];
        ReportLevel level = LEVELS[Integer.parseInt(parts[1])];
        if (table == ReportTable.PERSONS && parts[3].equals("WITH_ACTIVE_PLAN_AT_STICHTAG")
            && coverageRegions.contains(level.ordinal() + parts[2])) {
          withPlan.put(level.ordinal() + parts[2], published);
        }
        if (published != 0) {
          next = new ReportCell(table, level, parts[2], parts[3], BigDecimal.valueOf(published));
          return;
        }
      }
      if (!coverageMade) {
        coverageMade = true;
        makeCoverage();
      }
      next = coverage.poll();
    }

    private void makeCoverage() {
      Map<String, Long> population = report.population();
      if (population.isEmpty()) {
        return;
      }
      Map<String, Long> land = new TreeMap<>();
      Map<String, Long> district = new TreeMap<>();
      for (Map.Entry<String, Long> e : population.entrySet()) {
        land.merge(e.getKey().substring(0, 2), e.getValue(), Long::sum);
        district.merge(e.getKey().substring(0, 5), e.getValue(), Long::sum);
      }
      rows(ReportLevel.LAND, land);
      rows(ReportLevel.DISTRICT, district);
      rows(ReportLevel.MUNICIPALITY, population);
    }

    private void rows(ReportLevel level, Map<String, Long> persons) {
      for (Map.Entry<String, Long> e : persons.entrySet()) {
        long with = withPlan.getOrDefault(level.ordinal() + e.getKey(), 0L);
        coverage.add(new ReportCell(ReportTable.COVERAGE, level, e.getKey(), "PERSONS_WITH_PLAN", BigDecimal.valueOf(with)));
        coverage.add(new ReportCell(ReportTable.COVERAGE, level, e.getKey(), "PERSONS_IN_ANSCHLUSSUNTERBRINGUNG",
            BigDecimal.valueOf(e.getValue())));
        if (e.getValue() > 0) {
          BigDecimal rate = BigDecimal.valueOf(with * 100L).divide(BigDecimal.valueOf(e.getValue()), 1, RoundingMode.HALF_UP);
          coverage.add(new ReportCell(ReportTable.COVERAGE, level, e.getKey(), "COVERAGE_PERCENT", rate));
        }
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public ReportCell next() {
      ReportCell n = next;
      if (n == null) {
        throw new NoSuchElementException();
      }
      advance();
      return n;
    }
  }
}
