package de.integrationsplan.report.internal;

/**
 * A cell's id: table, level, region and category joined by the unit separator (U+001F), the table
 * and level as their ordinals in two and one digits, so that ids sort by table, level, region and
 * category, the order in which the writers need them. A table's total ({@code TOTAL}) is written as
 * {@code !TOTAL}, so that it comes first among its region's categories.
 */
public final class CellIds {

  /** The separator: a control character, which no region or category contains. */
  public static final char SEPARATOR = '\u001f';

  private CellIds() {}

  /**
   * @return the id of the cell
   */
  public static String of(int table, int level, String region, String category) {
    return new StringBuilder(region.length() + category.length() + 6)
        .append((char) ('0' + table / 10)).append((char) ('0' + table % 10)).append(SEPARATOR)
        .append((char) ('0' + level)).append(SEPARATOR)
        .append(region).append(SEPARATOR).append(category.equals("TOTAL") ? "!TOTAL" : category).toString();
  }

  /** @return the parts of an id: table, level, region, category */
  public static String[] parts(String id) {
    int a = id.indexOf(SEPARATOR);
    int b = id.indexOf(SEPARATOR, a + 1);
    int c = id.indexOf(SEPARATOR, b + 1);
    String category = id.substring(c + 1);
    return new String[] {id.substring(0, a), id.substring(a + 1, b), id.substring(b + 1, c),
        category.startsWith("!") ? category.substring(1) : category};
  }
}
