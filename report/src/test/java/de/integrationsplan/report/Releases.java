package de.integrationsplan.report;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.report.internal.CellIds;
import de.integrationsplan.report.internal.CellTotal;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One release as an attacker sees it (the published values) and as the truth is (the true counts). */
final class Releases {

  /** A secret of the Land for the tests: 32 bytes, all different. */
  static final byte[] SECRET = "a test secret of the Land, 32 b!".getBytes(StandardCharsets.US_ASCII);

  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 11, 24);

  /**
   * A release: published values and true counts by cell, named {@code table/level/region/category}.
   */
  record Release(Map<String, Long> published, Map<String, Long> truth) {
    long published(String cell) {
      return published.getOrDefault(cell, 0L);
    }

    long truth(String cell) {
      return truth.getOrDefault(cell, 0L);
    }
  }

  private Releases() {}

  /** Synthetic plans of format 2.0, seed 7. */
  static List<IntegrationPlan> plans(int count) {
    SyntheticPlans synthetic = SyntheticPlans.withSeed(7);
    List<IntegrationPlan> plans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      plans.add(synthetic.plan(i, IntegrationPlan.class));
    }
    return plans;
  }

  static String name(ReportTable table, ReportLevel level, String region, String category) {
    return table.wireName() + "/" + level.wireName() + "/" + region + "/" + category;
  }

  static Release of(List<? extends Plan> plans, LocalDate from, LocalDate to, LocalDate at) {
    return of(plans, PeriodReport.builder().period(from, to).stichtag(at).key(SECRET));
  }

  static Release of(List<? extends Plan> plans, PeriodReport.Builder builder) {
    PeriodReport report = builder.build();
    ReportCounting counting = report.counting();
    plans.forEach(counting::add);
    try (ReportResult result = counting.finish()) {
      Map<String, Long> published = new LinkedHashMap<>();
      result.forEach(c -> published.put(name(c.table(), c.level(), c.region(), c.category()), c.value().longValueExact()));
      Map<String, Long> truth = new LinkedHashMap<>();
      Iterator<CellTotal> totals = result.trueTotals();
      while (totals.hasNext()) {
        CellTotal t = totals.next();
        String[] parts = CellIds.parts(t.id());
        truth.put(name(ReportTable.values()[Integer.parseInt(parts[0])], ReportLevel.values()[Integer.parseInt(parts[1])],
            parts[2], parts[3]), t.count());
      }
      return new Release(published, truth);
    }
  }

  /** Every cell of a release to the consumer, with its published value. */
  static void forEachCell(Release r, Consumer<String> consumer) {
    r.truth().keySet().forEach(consumer);
  }
}
