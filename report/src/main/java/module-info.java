/**
 * Period reports for the Land (<em>Berichte für das Land</em>): counts of integration plans over a
 * period and at a <em>Stichtag</em>, per municipality, district (<em>Kreis</em>), provider
 * (<em>Träger</em>) and Land, protected by the cell-key method, written as CSV, JSON, .xlsx and an HTML report with charts.
 *
 * <p>Exported: {@code de.integrationsplan.report} with its entry point
 * {@link de.integrationsplan.report.PeriodReport}. The aggregation that spills to disk, the record
 * keys and the writers are in {@code internal}.
 */
// Pebble has no module descriptor, only its automatic module name, stable since 3.1
@SuppressWarnings("requires-automatic")
module de.integrationsplan.report {
  requires transitive de.integrationsplan.core;
  requires static org.jspecify;
  requires org.dhatim.fastexcel;
  requires io.pebbletemplates;
  requires tools.jackson.core;

  exports de.integrationsplan.report;
}
