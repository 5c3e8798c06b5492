package de.integrationsplan.core.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker of suppressed statistics: rebuilds every relation the published cells obey, from the
 * output alone, and reports each suppressed cell that is the only suppressed cell of a relation, since
 * it equals the relation's total minus (or plus) the published cells.
 */
final class RecomputationAttack {

  private RecomputationAttack() {}

  /**
   * The relations of the published statistics, each a list of cells, the total first.
   *
   * @param s the statistics
   * @return the relations
   */
  static List<List<StatisticsCell>> relations(Statistics s) {
    Map<String, StatisticsCell> byKey = new LinkedHashMap<>();
    for (StatisticsCell c : s.cells()) {
      byKey.put(StatisticsPropertyTest.key(c.level(), c.region(), c.table(), c.category()), c);
    }
    List<List<StatisticsCell>> out = new ArrayList<>();
    // rows: a table's total is the sum of its categories
    for (StatisticsCell c : s.cells()) {
      if (c.category().equals(StatisticsTable.TOTAL) && c.table().categories().size() > 1) {
        List<StatisticsCell> relation = new ArrayList<>();
        relation.add(c);
        for (String category : c.table().categories()) {
          if (!category.equals(StatisticsTable.TOTAL)) {
            relation.add(byKey.get(StatisticsPropertyTest.key(c.level(), c.region(), c.table(), category)));
          }
        }
        out.add(relation);
      }
    }
    // columns: a district is the sum of its municipalities, a Land the sum of its districts
    for (StatisticsCell upper : s.cells()) {
      if (upper.level() == RegionLevel.MUNICIPALITY) {
        continue;
      }
      RegionLevel lowerLevel = upper.level() == RegionLevel.LAND ? RegionLevel.DISTRICT : RegionLevel.MUNICIPALITY;
      List<StatisticsCell> relation = new ArrayList<>();
      relation.add(upper);
      for (StatisticsCell lower : s.cells()) {
        if (lower.level() == lowerLevel && lower.region().startsWith(upper.region())
            && lower.table() == upper.table() && lower.category().equals(upper.category())) {
          relation.add(lower);
        }
      }
      out.add(relation);
    }
    // and the Land is the sum of all its municipalities
    for (StatisticsCell land : s.cells()) {
      if (land.level() == RegionLevel.LAND) {
        List<StatisticsCell> relation = new ArrayList<>();
        relation.add(land);
        for (StatisticsCell lower : s.cells()) {
          if (lower.level() == RegionLevel.MUNICIPALITY && lower.region().startsWith(land.region())
              && lower.table() == land.table() && lower.category().equals(land.category())) {
            relation.add(lower);
          }
        }
        out.add(relation);
      }
    }
    return out;
  }

  /**
   * The suppressed cells that are alone in some relation.
   *
   * @param s the statistics
   * @return the cells an attacker recomputes
   */
  static List<StatisticsCell> recomputableCells(Statistics s) {
    List<StatisticsCell> out = new ArrayList<>();
    for (List<StatisticsCell> relation : relations(s)) {
      List<StatisticsCell> suppressed = relation.stream().filter(StatisticsCell::suppressed).toList();
      if (suppressed.size() == 1) {
        out.add(suppressed.get(0));
      }
    }
    return out;
  }
}
