package de.integrationsplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Attacks on the published reports, as an intruder who knows the method and the perturbation table
 * (but not the Land's secret) would make them. A protected value is the true count of a cell, or of
 * a difference of cells: the number of persons of a kind in a municipality, or who joined it between
 * two releases. Each attack must leave every such value open: more than one true value consistent
 * with everything published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DisclosureAttacksTest {

  private static final CellKeyPerturbation TABLE = CellKeyPerturbation.standard();
  private static final List<ReportTable> PARTITIONS = List.of(ReportTable.SEX, ReportTable.AGE_GROUPS,
      ReportTable.RESIDENCE_GROUPS, ReportTable.NATIONALITIES, ReportTable.STATUS_AT_STICHTAG,
      ReportTable.CLOSURE_REASONS, ReportTable.CONTACT_MODES);

  private List<IntegrationPlan> plans;
  private Releases.Release release;

  @BeforeAll
  void release() {
    plans = Releases.plans(3000);
    release = Releases.of(plans, Releases.FROM, Releases.TO, LocalDate.of(2026, 6, 30));
  }

  /** The categories that a table has anywhere in the release: the attacker sees them all. */
  private Set<String> categories(Releases.Release r, ReportTable table) {
    Set<String> result = new TreeSet<>();
    String prefix = table.wireName() + "/";
    for (String cell : r.published().keySet()) {
      if (cell.startsWith(prefix)) {
        String category = cell.substring(cell.lastIndexOf('/') + 1);
        if (!category.equals("TOTAL")) {
          result.add(category);
        }
      }
    }
    return result;
  }

  private Set<String> regions(Releases.Release r, ReportLevel level) {
    Set<String> result = new TreeSet<>();
    for (String cell : r.truth().keySet()) {
      String[] parts = cell.split("/");
      if (parts[1].equals(level.wireName())) {
        result.add(parts[2]);
      }
    }
    return result;
  }

  @Test
  void theExactLinearAuditOfEveryBreakdownLeavesEveryCellOpen() {
    int audited = 0;
    int smallAudited = 0;
    for (ReportTable table : PARTITIONS) {
      List<String> categories = new ArrayList<>(categories(release, table));
      for (ReportLevel level : ReportLevel.values()) {
        for (String region : regions(release, level)) {
          long total = release.published(Releases.name(table, level, region, "TOTAL"));
          long[] parts = new long[categories.size()];
          for (int k = 0; k < parts.length; k++) {
            parts[k] = release.published(Releases.name(table, level, region, categories.get(k)));
          }
          List<List<Long>> feasible = Audit.feasibleParts(TABLE, total, parts);
          for (int k = 0; k < parts.length; k++) {
            String cell = Releases.name(table, level, region, categories.get(k));
            long truth = release.truth(cell);
            assertThat(feasible.get(k)).as("the audit keeps the truth of %s", cell).contains(truth);
            assertThat(feasible.get(k)).as("the audit leaves %s open", cell).hasSizeGreaterThanOrEqualTo(2);
            audited++;
            if (truth == 1) {
              // a single record: whether it is one, or two, or more, stays open
              assertThat(feasible.get(k)).as("a single record in %s", cell).contains(1L).hasSizeGreaterThanOrEqualTo(2);
              if (release.published(cell) == 0) {
                assertThat(feasible.get(k)).as("a single record published as 0 in %s", cell).contains(0L);
              }
              smallAudited++;
            }
          }
        }
      }
    }
    assertThat(audited).isGreaterThan(10_000);
    assertThat(smallAudited).as("cells of a single record were attacked").isGreaterThan(100);
  }

  @Test
  void differencingAcrossLevelsLeavesAMunicipalitysCountOpen() {
    // a district against its municipalities: each municipality's true count is what the district
    // leaves after the others; the audit of that relation, for every table and category
    Map<String, List<String>> municipalitiesOf = new TreeMap<>();
    for (String ags : regions(release, ReportLevel.MUNICIPALITY)) {
      municipalitiesOf.computeIfAbsent(ags.substring(0, 5), k -> new ArrayList<>()).add(ags);
    }
    int audited = 0;
    for (ReportTable table : PARTITIONS) {
      for (String category : categories(release, table)) {
        for (Map.Entry<String, List<String>> district : municipalitiesOf.entrySet()) {
          List<String> ags = district.getValue();
          long total = release.published(Releases.name(table, ReportLevel.DISTRICT, district.getKey(), category));
          long[] parts = new long[ags.size()];
          for (int k = 0; k < parts.length; k++) {
            parts[k] = release.published(Releases.name(table, ReportLevel.MUNICIPALITY, ags.get(k), category));
          }
          List<List<Long>> feasible = Audit.feasibleParts(TABLE, total, parts);
          for (int k = 0; k < parts.length; k++) {
            String cell = Releases.name(table, ReportLevel.MUNICIPALITY, ags.get(k), category);
            assertThat(feasible.get(k)).as(cell).contains(release.truth(cell)).hasSizeGreaterThanOrEqualTo(2);
            audited++;
          }
        }
      }
    }
    assertThat(audited).isGreaterThan(1_000);
  }

  @Test
  void aDistrictOfOneMunicipalityGivesNothingAwayForItIsTheSameCell() {
    // the same records make the same cell key: a district whose plans are all in one municipality
    // publishes the municipality's values, and their difference is 0, whatever the truth
    Map<String, Set<String>> municipalitiesOf = new TreeMap<>();
    for (String ags : regions(release, ReportLevel.MUNICIPALITY)) {
      municipalitiesOf.computeIfAbsent(ags.substring(0, 5), k -> new HashSet<>()).add(ags);
    }
    int checked = 0;
    for (String cell : release.truth().keySet()) {
      String[] p = cell.split("/");
      if (!p[1].equals("municipality")) {
        continue;
      }
      String districtCell = p[0] + "/district/" + p[2].substring(0, 5) + "/" + p[3];
      if (release.truth(districtCell) == release.truth(cell)) {
        assertThat(release.published(districtCell)).as(districtCell).isEqualTo(release.published(cell));
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void differencingAcrossBreakdownsOfOnePopulationFindsOneTotal() {
    // sex, age, nationality and residence group break down the same plans: their totals are one
    // cell, published once, so no breakdown's total differs from another's by a hidden remainder
    for (ReportLevel level : ReportLevel.values()) {
      for (String region : regions(release, level)) {
        Set<Long> totals = new HashSet<>();
        totals.add(release.published(Releases.name(ReportTable.OVERVIEW, level, region, "PLANS_ACTIVE_IN_PERIOD")));
        for (ReportTable t : List.of(ReportTable.SEX, ReportTable.AGE_GROUPS, ReportTable.NATIONALITIES, ReportTable.RESIDENCE_GROUPS)) {
          totals.add(release.published(Releases.name(t, level, region, "TOTAL")));
        }
        assertThat(totals).as(level + " " + region).hasSize(1);
      }
    }
  }

  @Test
  void twoStichtageOneDayApartLeaveTheDifferenceOpen() {
    // the days on which plans were agreed: releases the day before and the day itself
    Set<LocalDate> days = new TreeSet<>();
    for (IntegrationPlan p : plans) {
      for (StatusChange c : p.statusHistory()) {
        if (c.status() == PlanStatus.ACTIVE && c.date().getYear() == 2026) {
          days.add(c.date());
        }
      }
    }
    List<LocalDate> sample = new ArrayList<>(days);
    Collections.shuffle(sample, new Random(5));
    int changed = 0;
    int single = 0;
    for (LocalDate day : sample.subList(0, Math.min(3, sample.size()))) {
      Releases.Release before = Releases.of(plans, Releases.FROM, Releases.TO, day.minusDays(1));
      Releases.Release after = Releases.of(plans, Releases.FROM, Releases.TO, day);
      Set<String> cells = new TreeSet<>(before.truth().keySet());
      cells.addAll(after.truth().keySet());
      for (String cell : cells) {
        long trueDifference = after.truth(cell) - before.truth(cell);
        if (trueDifference == 0) {
          continue;
        }
        changed++;
        // the attacker's candidates for the true difference: any pair of true counts the two
        // published values can come from
        Set<Long> candidates = new TreeSet<>();
        for (long x : TABLE.possibleCounts(before.published(cell))) {
          for (long y : TABLE.possibleCounts(after.published(cell))) {
            candidates.add(y - x);
          }
        }
        assertThat(candidates).as(cell).contains(trueDifference).hasSizeGreaterThanOrEqualTo(2);
        if (trueDifference == 1) {
          // "the counts differed by one plan" cannot be established: 0 and 2 fit as well
          assertThat(candidates).as(cell).contains(0L, 2L);
          single++;
        }
      }
    }
    assertThat(changed).isPositive();
    assertThat(single).isPositive();
  }

  @Test
  void aCellWithoutTheChangedRecordKeepsItsValueAcrossReleases() {
    // consistency, the method's design and its limit (docs/reports.md): a cell whose records are the
    // same has the same value in every release; only cells a change touches can change
    LocalDate day = LocalDate.of(2026, 6, 30);
    Releases.Release before = Releases.of(plans, Releases.FROM, Releases.TO, day.minusDays(1));
    Releases.Release after = Releases.of(plans, Releases.FROM, Releases.TO, day);
    for (String cell : before.truth().keySet()) {
      if (before.truth(cell) == after.truth(cell) && !cell.startsWith("statusAtStichtag") && !cell.contains("STICHTAG")) {
        assertThat(after.published(cell)).as(cell).isEqualTo(before.published(cell));
      }
    }
  }

  @Test
  void repeatingAReleaseGivesTheSameValuesSoAveragingGainsNothing() {
    List<IntegrationPlan> shuffled = new ArrayList<>(plans);
    Collections.shuffle(shuffled, new Random(9));
    Releases.Release again = Releases.of(shuffled, Releases.FROM, Releases.TO, LocalDate.of(2026, 6, 30));
    assertThat(again.published()).isEqualTo(release.published());
  }

  @Test
  void theReportPublishesWithOneTableOnlyForTwoThresholdsOnTheSameKeysWouldDisclose() {
    // the same cells published with two tables, small values blocked up to 1 and up to 2, from the
    // same cell keys: the counts that fit both published values. Some pairs fit one count only, so
    // a second table must never be used with the same secret; the report has no such option
    assertThat(PeriodReport.builder().period(Releases.FROM, Releases.TO).key(Releases.SECRET).build().perturbation())
        .isSameAs(CellKeyPerturbation.standard());
    CellKeyPerturbation one = CellKeyPerturbation.of(5, 3.0, 1);
    CellKeyPerturbation two = CellKeyPerturbation.standard();
    int pairs = 0;
    int disclosed = 0;
    for (long n = 0; n <= 40; n++) {
      for (int step = 0; step < 4096; step++) {
        int key = (step << 20) + 12345;
        long a = one.perturb(n, key);
        long b = two.perturb(n, key);
        Set<Long> fitting = new TreeSet<>();
        for (long m = Math.max(0, Math.max(a, b) - 5); m <= Math.min(a, b) + 5; m++) {
          if (fitsBoth(one, two, m, a, b)) {
            fitting.add(m);
          }
        }
        assertThat(fitting).as("count %d key %d published %d and %d", n, key, a, b).contains(n);
        if (n > 0 && fitting.size() == 1) {
          disclosed++;
        }
        pairs++;
      }
    }
    assertThat(pairs).isGreaterThan(100_000);
    assertThat(disclosed).as("pairs of releases that give the count away").isPositive();
    // one table alone, at one threshold, leaves every count open
    for (long published = 0; published <= 60; published++) {
      if (published == 1 || published == 2) {
        continue;
      }
      assertThat(two.possibleCounts(published)).hasSizeGreaterThanOrEqualTo(6);
    }
  }

  /** Whether some cell key gives count m the published a under one table and b under the other. */
  private static boolean fitsBoth(CellKeyPerturbation one, CellKeyPerturbation two, long m, long a, long b) {
    long[] x = one.keyInterval(m, a);
    long[] y = two.keyInterval(m, b);
    return Math.max(x[0], y[0]) < Math.min(x[1], y[1]);
  }
}
