package de.integrationsplan.examples;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.report.PeriodReport;
import de.integrationsplan.report.ReportCounting;
import de.integrationsplan.report.ReportResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * A period report for the Land as docs/reports.md shows it. The docs show the body of
 * {@link #report} line for line; the tests run it on synthetic plans.
 */
public final class ReportingPlans {

  private ReportingPlans() {}

  /**
   * Writes the report of 2026 up to 24 November, at the Stichtag 30 June 2026, as a workbook.
   *
   * @param plans the plans, read one by one
   * @param secret the Land's secret, at least 32 bytes
   * @param out where the workbook goes
   * @throws IOException when writing fails
   */
  public static void report(Iterable<IntegrationPlan> plans, byte[] secret, OutputStream out) throws IOException {
    PeriodReport report = PeriodReport.builder()
        .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 24))
        .stichtag(LocalDate.of(2026, 6, 30))   // default: the period's last day
        .key(secret)                           // the Land's secret, at least 32 bytes
        .build();                              // immutable, thread-safe
    ReportCounting counting = report.counting();
    for (IntegrationPlan plan : plans) {       // one by one; counts are kept, never plans
      counting.add(plan);
    }
    try (ReportResult result = counting.finish()) {
      result.writeXlsx(out);                   // or writeCsv(writer), writeJson(writer), cells()
    }
  }
}
