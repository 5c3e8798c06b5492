package de.integrationsplan.report;

import de.integrationsplan.core.migration.PlanMigration;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.report.internal.PlanCounting;
import de.integrationsplan.report.internal.SpillingCounts;
import java.util.Objects;

/**
 * One run of a {@link PeriodReport}: takes plans one at a time and keeps counts, never plans.
 * Memory is bounded whatever the number of municipalities, providers or persons: beyond a fixed
 * number of cells the counts go to temporary files, which {@link ReportResult#close()} deletes.
 * Not thread-safe.
 */
public final class ReportCounting {

  private final PeriodReport report;
  private final PlanCounting counting;
  private final SpillingCounts counts;
  private PlanMigration migration;
  private long counted;
  private long skipped;
  private boolean finished;

  ReportCounting(PeriodReport report, PlanCounting counting, SpillingCounts counts) {
    this.report = report;
    this.counting = counting;
    this.counts = counts;
  }

  /**
   * Counts a plan of format 1.0 (migrated first) or 2.0.
   *
   * @param plan a valid plan
   * @return whether it was counted: not when it is entered in error or names no region
   * @throws IllegalStateException after {@link #finish()}
   */
  public boolean add(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    if (finished) {
      throw new IllegalStateException("the counting is finished");
    }
    IntegrationPlan current;
    if (plan instanceof IntegrationPlan p) {
      current = p;
    } else {
      if (migration == null) {
        migration = PlanMigration.create();
      }
      current = migration.migrate(plan).plan();
    }
    boolean added = counting.add(current);
    if (added) {
      counted++;
    } else {
      skipped++;
    }
    return added;
  }

  /** @return the plans counted so far */
  public long counted() {
    return counted;
  }

  /** @return the plans not counted so far (entered in error, or no region) */
  public long skipped() {
    return skipped;
  }

  /**
   * Ends the run.
   *
   * @return the result; close it to delete its temporary files
   */
  public ReportResult finish() {
    if (finished) {
      throw new IllegalStateException("the counting is finished");
    }
    finished = true;
    counts.finish();
    return new ReportResult(report, counts, counted);
  }
}
