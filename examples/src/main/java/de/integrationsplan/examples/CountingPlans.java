package de.integrationsplan.examples;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.privacy.Statistics;
import de.integrationsplan.core.privacy.StatisticsBuilder;
import java.time.LocalDate;

/**
 * Anonymous statistics at a <em>Stichtag</em> as docs/privacy.md shows them. The docs show the body
 * of {@link #count} line for line; the tests run it on the example plans.
 */
public final class CountingPlans {

  private CountingPlans() {}

  /**
   * Counts the plans active on 30 June 2026, with the default suppression threshold of 5.
   *
   * @param plans the plans, read one by one
   * @return the statistics as CSV
   */
  public static String count(Iterable<IntegrationPlan> plans) {
    StatisticsBuilder counting = Statistics.at(LocalDate.of(2026, 6, 30)).threshold(5);
    for (IntegrationPlan plan : plans) {       // one by one; the builder keeps counts, not plans
      counting.add(plan);
    }
    Statistics statistics = counting.build();
    String csv = statistics.toCsv();           // or statistics.toJson(), statistics.cells()
    return csv;
  }
}
