package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.PlanStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;

/** The statistics are exact without suppression, and with it never show or betray a small cell. */
final class StatisticsPropertyTest {

  @Provide
  Arbitrary<List<IntegrationPlan>> corpora() {
    return Corpora.corpora();
  }

  @Property(tries = 200)
  void withThresholdOneEveryCellEqualsTheNaiveCount(@ForAll("corpora") List<IntegrationPlan> plans) {
    Statistics s = count(plans, 1);
    Map<String, Long> naive = naive(plans);
    Map<String, Long> published = new TreeMap<>();
    for (StatisticsCell c : s.cells()) {
      assertThat(c.suppressed()).isFalse();
      published.put(key(c.level(), c.region(), c.table(), c.category()), c.count().getAsLong());
    }
    assertThat(published).isEqualTo(naive);
  }

  @Property(tries = 300)
  void noSmallCellIsShownNorRecomputable(@ForAll("corpora") List<IntegrationPlan> plans,
      @ForAll @IntRange(min = 2, max = 6) int threshold) {
    Statistics s = count(plans, threshold);
    for (StatisticsCell c : s.cells()) {
      if (!c.suppressed()) {
        assertThat(c.count().getAsLong()).as(c.toString()).satisfiesAnyOf(v -> assertThat(v).isZero(),
            v -> assertThat(v).isGreaterThanOrEqualTo(threshold));
      }
    }
    assertThat(RecomputationAttack.recomputableCells(s)).isEmpty();
    // what is published is still exact
    Map<String, Long> naive = naive(plans);
    for (StatisticsCell c : s.cells()) {
      if (!c.suppressed()) {
        assertThat(c.count().getAsLong()).isEqualTo(naive.get(key(c.level(), c.region(), c.table(), c.category())));
      }
    }
  }

  @Property(tries = 50)
  void orderOfThePlansDoesNotMatter(@ForAll("corpora") List<IntegrationPlan> plans) {
    List<IntegrationPlan> reversed = new ArrayList<>(plans);
    java.util.Collections.reverse(reversed);
    assertThat(count(reversed, 3).toCsv()).isEqualTo(count(plans, 3).toCsv());
  }

  private static Statistics count(List<IntegrationPlan> plans, int threshold) {
    StatisticsBuilder b = Statistics.at(Corpora.STICHTAG).threshold(threshold);
    plans.forEach(b::add);
    return b.build();
  }

  /** The counts, computed the obvious way, for every region with an active plan. */
  static Map<String, Long> naive(List<IntegrationPlan> plans) {
    Map<String, Long> out = new TreeMap<>();
    Map<String, Set<String>> persons = new HashMap<>();
    for (IntegrationPlan p : plans) {
      boolean active = p.status() != PlanStatus.DRAFT && p.status() != PlanStatus.ENTERED_IN_ERROR
          && !Corpora.STICHTAG.isBefore(p.counsellingPeriod().start())
          && !Corpora.STICHTAG.isAfter(p.counsellingPeriod().plannedEnd())
          && (p.closure() == null || !p.closure().closedOn().isBefore(Corpora.STICHTAG));
      if (!active) {
        continue;
      }
      String ags = p.responsibleOrganisation().municipalityKey();
      for (String[] region : List.of(new String[] {"MUNICIPALITY", ags}, new String[] {"DISTRICT", ags.substring(0, 5)},
          new String[] {"LAND", ags.substring(0, 2)})) {
        RegionLevel level = RegionLevel.valueOf(region[0]);
        for (StatisticsTable t : StatisticsTable.values()) {
          for (String c : t.categories()) {
            out.merge(key(level, region[1], t, c), 0L, Long::sum);
          }
        }
        out.merge(key(level, region[1], StatisticsTable.PLANS, "TOTAL"), 1L, Long::sum);
        persons.computeIfAbsent(key(level, region[1], StatisticsTable.PERSONS, "TOTAL"), k -> new HashSet<>())
            .add(p.person().pseudonym());
        for (Goal g : p.goals()) {
          out.merge(key(level, region[1], StatisticsTable.GOALS_BY_AREA, g.area().name()), 1L, Long::sum);
          out.merge(key(level, region[1], StatisticsTable.GOALS_BY_STATUS, g.status().name()), 1L, Long::sum);
          out.merge(key(level, region[1], StatisticsTable.GOALS_BY_ACHIEVEMENT,
              g.achievement() == null ? "NOT_RECORDED" : g.achievement().name()), 1L, Long::sum);
          for (StatisticsTable t : List.of(StatisticsTable.GOALS_BY_AREA, StatisticsTable.GOALS_BY_STATUS,
              StatisticsTable.GOALS_BY_ACHIEVEMENT)) {
            out.merge(key(level, region[1], t, "TOTAL"), 1L, Long::sum);
          }
        }
        for (Measure m : p.measures()) {
          out.merge(key(level, region[1], StatisticsTable.MEASURES_BY_KIND, m.kind().name()), 1L, Long::sum);
          out.merge(key(level, region[1], StatisticsTable.MEASURES_BY_KIND, "TOTAL"), 1L, Long::sum);
        }
      }
    }
    persons.forEach((k, set) -> out.put(k, (long) set.size()));
    return out;
  }

  static String key(RegionLevel level, String region, StatisticsTable table, String category) {
    return level + "/" + region + "/" + table + "/" + category;
  }
}
