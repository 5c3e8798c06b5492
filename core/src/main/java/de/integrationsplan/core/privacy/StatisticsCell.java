package de.integrationsplan.core.privacy;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One published cell of the {@link Statistics}.
 *
 * @param level the region's level
 * @param region the region's key: two, five or eight digits of the AGS
 * @param table the table
 * @param category one of the table's {@linkplain StatisticsTable#categories() categories}
 * @param count the count, or empty when the cell is suppressed; a suppressed cell's count is not
 *     kept anywhere in the result
 */
public record StatisticsCell(RegionLevel level, String region, StatisticsTable table, String category,
    OptionalLong count) {

  /**
   * Canonical constructor; all components are required.
   *
   * @param level the region's level
   * @param region the region's key: two, five or eight digits of the AGS
   * @param table the table
   * @param category one of the table's {@linkplain StatisticsTable#categories() categories}
   * @param count the count, or empty when the cell is suppressed; a suppressed cell's count is not
   *         kept anywhere in the result
   */
  public StatisticsCell {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(count, "count");
  }

  /**
   * Whether the cell is suppressed.
   *
   * @return {@code true} when no count is published
   */
  public boolean suppressed() {
    return count.isEmpty();
  }
}
