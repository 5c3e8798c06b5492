package de.integrationsplan.core.privacy;

import de.integrationsplan.core.internal.privacy.Suppression;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.Formats;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.model.v2.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Counts plans one by one at a <em>Stichtag</em> and builds the {@link Statistics}. Holds counts
 * per municipality, never plans: a fixed array of counts per municipality, and for the distinct
 * persons one 64-bit fingerprint per person (a hash of the pseudonym, never the pseudonym).
 *
 * <p>A plan is <b>active at the Stichtag</b> when its status is neither
 * {@link PlanStatus#DRAFT} nor {@link PlanStatus#ENTERED_IN_ERROR}, its counselling period contains
 * the day (start and planned end included), and it was not closed before the day (no closure, or
 * closed on the day or later). So a plan completed later still counts for an earlier Stichtag. Of an
 * active plan, all goals and measures are counted as the plan records them.
 *
 * <p><b>Both formats.</b> Plans of format 1.x and 2.x are counted alike, into the same cells; of a
 * plan of 2.x ({@link de.integrationsplan.core.model.v2.IntegrationPlan}) the counts take:
 * <ul>
 *   <li>active: {@code status}, {@code counsellingPeriod} and {@code closure.closedOn}, as for 1.x
 *       (the current status; the {@code statusHistory} is not read, a count at a past day by the
 *       history is not made here);
 *   <li>the municipality: {@code responsibleOrganisation.municipalityKey} when the organisation is a
 *       {@linkplain OrganisationKind#MUNICIPALITY municipality} (its plans, as in 1.x, where one key
 *       said both); for a district or a provider the person's {@code person.municipalityKey}, failing
 *       that the key of the municipality that commissioned the provider. A plan with none of them is
 *       rejected: a district's key alone places it in no municipality;
 *   <li>persons: {@code person.pseudonym};
 *   <li>goals: {@code goals[].area}, {@code goals[].status} and {@code goals[].achievement};
 *   <li>measures: {@code measures[].kind}, a code of the list {@code measure-kind}.
 * </ul>
 *
 * <p><b>Bounds.</b> Memory grows with the municipalities counted, and any eight digits are a
 * well-formed key, so at most {@value #MAX_MUNICIPALITIES} municipalities are counted
 * (Baden-Württemberg has some 1,100): a plan of one more is refused, and so the statistics of a
 * stream of made-up keys stay within a small heap.
 *
 * <p>Not thread-safe: one builder per stream of plans. Input is not validated; a municipality key
 * that is not eight digits is rejected.
 */
public final class StatisticsBuilder {

  /**
   * The most municipalities one builder counts: {@value}, well above the number of municipalities
   * of Baden-Württemberg, so that a reform of municipalities never reaches it.
   */
  public static final int MAX_MUNICIPALITIES = 2_000;

  private static final Pattern AGS = Pattern.compile(Formats.AGS);

  private final LocalDate stichtag;
  private int threshold = Statistics.DEFAULT_THRESHOLD;
  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, Set<Long>> persons = new TreeMap<>();
  private final MessageDigest sha256;

  StatisticsBuilder(LocalDate stichtag) {
    this.stichtag = Objects.requireNonNull(stichtag, "stichtag");
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available");
    }
  }

  /**
   * Sets the threshold of small-cell suppression: counts from 1 to {@code threshold - 1} are not
   * published. 1 publishes every count.
   *
   * @param threshold at least 1; {@value Statistics#DEFAULT_THRESHOLD} unless set
   * @return this builder
   * @throws IllegalArgumentException when below 1
   */
  public StatisticsBuilder threshold(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold: must be at least 1, got " + threshold);
    }
    this.threshold = threshold;
    return this;
  }

  /**
   * Whether the plan is active at the Stichtag, as defined above.
   *
   * @param plan a plan
   * @param stichtag the day
   * @return {@code true} when it is counted
   */
  public static boolean activeAt(IntegrationPlan plan, LocalDate stichtag) {
    Closure closure = plan.closure();
    return plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.ENTERED_IN_ERROR
        && plan.counsellingPeriod().contains(stichtag)
        && (closure == null || !closure.closedOn().isBefore(stichtag));
  }

  /**
   * Whether a plan of format 2.x is active at the Stichtag, as defined above: by its current status,
   * its counselling period and its closure.
   *
   * @param plan a plan of format 2.x
   * @param stichtag the day
   * @return {@code true} when it is counted
   */
  public static boolean activeAt(de.integrationsplan.core.model.v2.IntegrationPlan plan, LocalDate stichtag) {
    var closure = plan.closure();
    var status = plan.status();
    return status != de.integrationsplan.core.model.v2.PlanStatus.DRAFT
        && status != de.integrationsplan.core.model.v2.PlanStatus.ENTERED_IN_ERROR
        && plan.counsellingPeriod().contains(stichtag)
        && (closure == null || !closure.closedOn().isBefore(stichtag));
  }

  /**
   * The municipality a plan of format 2.x is counted for, as defined above.
   *
   * @param plan a plan of format 2.x
   * @return the AGS, or {@code null} when the plan names none
   */
  static @Nullable String municipalityOf(de.integrationsplan.core.model.v2.IntegrationPlan plan) {
    var organisation = plan.responsibleOrganisation();
    if (organisation.kind() == OrganisationKind.MUNICIPALITY && organisation.municipalityKey() != null) {
      return organisation.municipalityKey();
    }
    if (plan.person().municipalityKey() != null) {
      return plan.person().municipalityKey();
    }
    return organisation.municipalityKey();
  }

  /**
   * Counts one plan, if it is active at the Stichtag; the plan is not kept.
   *
   * @param plan the plan of format 1.x
   * @return this builder
   * @throws IllegalArgumentException when the plan's municipality key is not an AGS of eight digits
   * @throws IllegalStateException when the plan is active and its municipality would be one more
   *     than {@value #MAX_MUNICIPALITIES}; nothing is counted, and the builder goes on with the others
   */
  public StatisticsBuilder add(IntegrationPlan plan) {
    Objects.requireNonNull(plan, "plan");
    String ags = checkedAgs(plan.responsibleOrganisation().municipalityKey(), "responsibleOrganisation.municipalityKey");
    if (!activeAt(plan, stichtag)) {
      return this;
    }
    long[] row = row(ags, plan.person().pseudonym());
    for (Goal goal : plan.goals()) {
      goal(row, goal.area().name(), goal.status().name(), goal.achievement() == null ? null : goal.achievement().name());
    }
    for (Measure measure : plan.measures()) {
      measure(row, measure.kind().name());
    }
    return this;
  }

  /**
   * Counts one plan of format 2.x, if it is active at the Stichtag, into the same cells as plans of
   * 1.x; the plan is not kept. Which components count is said above.
   *
   * @param plan the plan of format 2.x
   * @return this builder
   * @throws IllegalArgumentException when the plan is active and names no municipality (a district
   *     without the person's municipality), or the municipality's key is not an AGS of eight digits,
   *     or a measure's kind is not a code of the list {@code measure-kind}; nothing is counted. A plan
   *     that is not active is not looked at further.
   * @throws IllegalStateException when the plan is active and its municipality would be one more
   *     than {@value #MAX_MUNICIPALITIES}; nothing is counted, and the builder goes on with the others
   */
  public StatisticsBuilder add(de.integrationsplan.core.model.v2.IntegrationPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (!activeAt(plan, stichtag)) {
      return this; // a draft need not name its municipality yet
    }
    String key = municipalityOf(plan);
    if (key == null) {
      throw new IllegalArgumentException("person.municipalityKey: required for statistics when the responsible "
          + "organisation names no municipality");
    }
    boolean ofOrganisation = key.equals(plan.responsibleOrganisation().municipalityKey());
    String ags = checkedAgs(key, ofOrganisation ? "responsibleOrganisation.municipalityKey" : "person.municipalityKey");
    List<String> kinds = StatisticsTable.MEASURES_BY_KIND.categories();
    for (var measure : plan.measures()) {
      if (!kinds.contains(measure.kind()) || measure.kind().equals(StatisticsTable.TOTAL)) {
        throw new IllegalArgumentException("measures.kind: not a code of the list measure-kind");
      }
    }
    long[] row = row(ags, plan.person().pseudonym());
    for (var goal : plan.goals()) {
      goal(row, goal.area().name(), goal.status().name(), goal.achievement() == null ? null : goal.achievement().name());
    }
    for (var measure : plan.measures()) {
      measure(row, measure.kind());
    }
    return this;
  }

  /**
   * Counts one plan of either format, as {@link #add(IntegrationPlan)} or
   * {@link #add(de.integrationsplan.core.model.v2.IntegrationPlan)}.
   *
   * @param plan the plan
   * @return this builder
   * @throws IllegalArgumentException as the two methods, and when the plan is of no version this
   *     library knows
   * @throws IllegalStateException as the two methods
   */
  public StatisticsBuilder add(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    if (plan instanceof IntegrationPlan v1) {
      return add(v1);
    }
    if (plan instanceof de.integrationsplan.core.model.v2.IntegrationPlan v2) {
      return add(v2);
    }
    throw new IllegalArgumentException("not a plan of a known version: " + plan.getClass().getName());
  }

  private static String checkedAgs(String ags, String where) {
    if (!AGS.matcher(ags).matches()) {
      throw new IllegalArgumentException(where + ": not an AGS of eight digits");
    }
    return ags;
  }

  /** The row of an active plan's municipality, with the plan and its person counted. */
  private long[] row(String ags, String pseudonym) {
    if (counts.size() >= MAX_MUNICIPALITIES && !counts.containsKey(ags)) {
      throw new IllegalStateException("responsibleOrganisation.municipalityKey: more than " + MAX_MUNICIPALITIES
          + " municipalities");
    }
    long[] row = counts.computeIfAbsent(ags, k -> new long[Columns.COUNT]);
    row[Columns.PLANS]++;
    persons.computeIfAbsent(ags, k -> new HashSet<>()).add(fingerprint(pseudonym));
    return row;
  }

  private static void goal(long[] row, String area, String status, @Nullable String achievement) {
    row[Columns.GOALS_TOTAL]++;
    row[Columns.of(StatisticsTable.GOALS_BY_AREA, area)]++;
    row[Columns.of(StatisticsTable.GOALS_BY_STATUS, status)]++;
    row[Columns.of(StatisticsTable.GOALS_BY_ACHIEVEMENT, achievement == null ? StatisticsTable.NOT_RECORDED : achievement)]++;
  }

  private static void measure(long[] row, String kind) {
    row[Columns.of(StatisticsTable.MEASURES_BY_KIND, StatisticsTable.TOTAL)]++;
    row[Columns.of(StatisticsTable.MEASURES_BY_KIND, kind)]++;
  }

  /**
   * Rolls the counts up to districts and Land, suppresses small cells and returns the result. The
   * builder may go on counting afterwards.
   *
   * @return the statistics
   */
  public Statistics build() {
    // regions: municipalities, districts, Lands, each with a row of columns
    Map<String, long[]> districts = new TreeMap<>();
    Map<String, long[]> lands = new TreeMap<>();
    Map<String, Set<Long>> districtPersons = new TreeMap<>();
    Map<String, Set<Long>> landPersons = new TreeMap<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      String ags = e.getKey();
      e.getValue()[Columns.PERSONS] = persons.get(ags).size();
      add(districts.computeIfAbsent(ags.substring(0, 5), k -> new long[Columns.COUNT]), e.getValue());
      add(lands.computeIfAbsent(ags.substring(0, 2), k -> new long[Columns.COUNT]), e.getValue());
      districtPersons.computeIfAbsent(ags.substring(0, 5), k -> new HashSet<>()).addAll(persons.get(ags));
      landPersons.computeIfAbsent(ags.substring(0, 2), k -> new HashSet<>()).addAll(persons.get(ags));
    }
    districts.forEach((k, row) -> row[Columns.PERSONS] = districtPersons.get(k).size());
    lands.forEach((k, row) -> row[Columns.PERSONS] = landPersons.get(k).size());

    List<Region> regions = new ArrayList<>();
    lands.forEach((k, row) -> regions.add(new Region(RegionLevel.LAND, k, row)));
    districts.forEach((k, row) -> regions.add(new Region(RegionLevel.DISTRICT, k, row)));
    counts.forEach((k, row) -> regions.add(new Region(RegionLevel.MUNICIPALITY, k, row)));
    Map<String, Integer> regionIndex = new TreeMap<>();
    for (int r = 0; r < regions.size(); r++) {
      regionIndex.put(regions.get(r).level + ":" + regions.get(r).key, r);
    }

    long[] values = new long[regions.size() * Columns.COUNT];
    for (int r = 0; r < regions.size(); r++) {
      System.arraycopy(regions.get(r).row, 0, values, r * Columns.COUNT, Columns.COUNT);
    }
    List<Suppression.Relation> relations = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      for (Columns.Sum sum : Columns.SUMS) {
        relations.add(new Suppression.Relation(r * Columns.COUNT + sum.total(), offset(sum.parts(), r * Columns.COUNT)));
      }
    }
    addRollUp(relations, regions, regionIndex, RegionLevel.DISTRICT, RegionLevel.MUNICIPALITY, 5);
    addRollUp(relations, regions, regionIndex, RegionLevel.LAND, RegionLevel.DISTRICT, 2);
    boolean[] suppressed = Suppression.suppress(values, relations, threshold);

    List<StatisticsCell> cells = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      Region region = regions.get(r);
      for (StatisticsTable table : StatisticsTable.values()) {
        for (String category : table.categories()) {
          int i = r * Columns.COUNT + Columns.of(table, category);
          cells.add(new StatisticsCell(region.level, region.key, table, category,
              suppressed[i] ? OptionalLong.empty() : OptionalLong.of(values[i])));
        }
      }
    }
    return new Statistics(stichtag, threshold, cells);
  }

  private static void addRollUp(List<Suppression.Relation> relations, List<Region> regions,
      Map<String, Integer> regionIndex, RegionLevel upper, RegionLevel lower, int prefix) {
    Map<Integer, List<Integer>> children = new TreeMap<>();
    for (int r = 0; r < regions.size(); r++) {
      Region region = regions.get(r);
      if (region.level == lower) {
        int parent = regionIndex.get(upper + ":" + region.key.substring(0, prefix));
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
      }
    }
    children.forEach((parent, kids) -> {
      for (int c = 0; c < Columns.COUNT; c++) {
        int[] parts = new int[kids.size()];
        for (int k = 0; k < parts.length; k++) {
          parts[k] = kids.get(k) * Columns.COUNT + c;
        }
        relations.add(new Suppression.Relation(parent * Columns.COUNT + c, parts));
      }
    });
  }

  private static int[] offset(int[] columns, int base) {
    int[] out = new int[columns.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = base + columns[i];
    }
    return out;
  }

  private static void add(long[] into, long[] row) {
    for (int i = 0; i < row.length; i++) {
      into[i] += row[i];
    }
  }

  private long fingerprint(String pseudonym) {
    byte[] h = sha256.digest(pseudonym.getBytes(StandardCharsets.UTF_8));
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (h[i] & 0xff);
    }
    return v;
  }

  @Override
  public String toString() {
    return "StatisticsBuilder[stichtag=" + stichtag + ", threshold=" + threshold + "]";
  }

  /** A region and its row of counts. */
  private static final class Region {
    final RegionLevel level;
    final String key;
    final long[] row;

    Region(RegionLevel level, String key, long[] row) {
      this.level = level;
      this.key = key;
      this.row = row;
    }
  }

  /**
   * The columns of a region's row: each published (table, category) once, the goals' total shared
   * by the three goal tables.
   */
  static final class Columns {
    static final int PLANS = 0;
    static final int PERSONS = 1;
    static final int GOALS_TOTAL = 2;
    private static final Map<String, Integer> INDEX = new TreeMap<>();
    static final int COUNT;
    static final List<Sum> SUMS = new ArrayList<>();

    /** {@code total = sum of parts}, as columns of one row. */
    record Sum(int total, int[] parts) {}

    static {
      int next = 3;
      INDEX.put(key(StatisticsTable.PLANS, StatisticsTable.TOTAL), PLANS);
      INDEX.put(key(StatisticsTable.PERSONS, StatisticsTable.TOTAL), PERSONS);
      for (StatisticsTable t : StatisticsTable.values()) {
        if (t == StatisticsTable.PLANS || t == StatisticsTable.PERSONS) {
          continue;
        }
        boolean goals = t != StatisticsTable.MEASURES_BY_KIND;
        int total = goals ? GOALS_TOTAL : -1;
        List<String> categories = t.categories();
        int[] parts = new int[categories.size() - 1];
        for (int i = 0; i < categories.size(); i++) {
          String c = categories.get(i);
          if (c.equals(StatisticsTable.TOTAL)) {
            if (total < 0) {
              total = next++;
            }
            INDEX.put(key(t, c), total);
          } else {
            parts[i] = next;
            INDEX.put(key(t, c), next++);
          }
        }
        SUMS.add(new Sum(total, parts));
      }
      COUNT = next;
    }

    static int of(StatisticsTable table, String category) {
      Integer i = INDEX.get(key(table, category));
      if (i == null) {
        throw new IllegalArgumentException("no category " + category + " in " + table);
      }
      return i;
    }

    private static String key(StatisticsTable table, String category) {
      return table.name() + "/" + category;
    }

    private Columns() {}
  }
}
