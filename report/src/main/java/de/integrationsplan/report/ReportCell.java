package de.integrationsplan.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One published cell of a period report: a count after perturbation (or, in
 * {@link ReportTable#COVERAGE}, the persons in <em>Anschlussunterbringung</em> as given and the
 * rate in percent). Cells whose published count is 0 are not listed: a missing cell is 0.
 *
 * @param table the table
 * @param level the level of the region
 * @param region the region's key ({@code 08}, five or eight digits) or the provider's name
 * @param category the category within the table, a code ({@code TOTAL}, {@code FEMALE},
 *     {@code AUFENTHG_24}, ...)
 * @param value the published value: a whole number, or a percentage with one decimal
 */
public record ReportCell(ReportTable table, ReportLevel level, String region, String category, BigDecimal value) {

  /**
   * Checks that no component is null.
   *
   * @param table the table
   * @param level the level of the region
   * @param region the region's key or the provider's name
   * @param category the category within the table
   * @param value the published value
   */
  public ReportCell {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(value, "value");
  }
}
