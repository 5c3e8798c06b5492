package de.integrationsplan.report.internal;

import de.integrationsplan.core.model.v2.ContactMode;
import de.integrationsplan.core.model.v2.CounsellingContact;
import de.integrationsplan.core.model.v2.CounsellingPeriod;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.OrganisationKind;
import de.integrationsplan.core.model.v2.Person;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.ResponsibleOrganisation;
import de.integrationsplan.core.model.v2.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one plan of format 2.0 adds to the cells of a period report, and the rules for it: which
 * day a plan was agreed, its status on a day, whether it was active in the period. The tables'
 * and levels' ordinals are those of {@code ReportTable} and {@code ReportLevel}.
 */
public final class PlanCounting {

  /** Table ordinals, as in {@code ReportTable}. */
  static final int OVERVIEW = 0;
  static final int PERSONS = 1;
  static final int CONTACT_TOPICS = 2;
  static final int CONTACT_MODES = 3;
  static final int CLOSURE_REASONS = 4;
  static final int STATUS_AT_STICHTAG = 5;
  static final int RESIDENCE_GROUPS = 6;
  static final int SEX = 7;
  static final int AGE_GROUPS = 8;
  static final int NATIONALITIES = 9;
  static final int STATUS_OVER_PERIOD = 10;

  /** The category of every breakdown that is its total. */
  public static final String TOTAL = "TOTAL";
  /** The category of a value that the plan does not give. */
  public static final String UNKNOWN = "UNKNOWN";

  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate stichtag;
  private final RecordKeys keys;
  private final SpillingCounts counts;
  /** The days of {@code STATUS_OVER_PERIOD}, with their text as the category's prefix. */
  private final List<LocalDate> seriesDays;
  private final List<String> seriesPrefixes;

  /**
   * @param from the period's first day
   * @param to the period's last day
   * @param stichtag the day of the counts at a Stichtag
   */
  public PlanCounting(LocalDate from, LocalDate to, LocalDate stichtag, RecordKeys keys, SpillingCounts counts) {
    this.from = from;
    this.to = to;
    this.stichtag = stichtag;
    this.keys = keys;
    this.counts = counts;
    this.seriesDays = seriesDays(from, to);
    this.seriesPrefixes = seriesDays.stream().map(d -> d + ":").toList();
  }

  /**
   * The days of the status over the period: the last day of each month that ends within the
   * period, and the period's last day.
   */
  public static List<LocalDate> seriesDays(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from.withDayOfMonth(from.lengthOfMonth()); d.isBefore(to);
        d = d.plusDays(1).withDayOfMonth(d.plusDays(1).lengthOfMonth())) {
      days.add(d);
    }
    days.add(to);
    return List.copyOf(days);
  }

  /** A region of a level: the level's ordinal and the key or name. */
  private record Region(int level, String key) {}

  /**
   * Counts one plan.
   *
   * @return whether the plan was counted at all (a plan entered in error is not)
   */
  public boolean add(IntegrationPlan plan) {
    if (plan.status() == PlanStatus.ENTERED_IN_ERROR) {
      return false;
    }
    List<Region> regions = regions(plan);
    if (regions.isEmpty()) {
      return false;
    }
    long planHash = keys.of("plan", plan.id().toString());
    int planKey = RecordKeys.recordKey(planHash);
    long personHash = keys.of("person", plan.person().pseudonym());
    List<StatusChange> history = new ArrayList<>(plan.statusHistory());
    history.sort(Comparator.comparing(StatusChange::date));

    boolean activeInPeriod = activeInPeriod(plan, history);
    @Nullable PlanStatus atStichtag = statusAt(plan, history, stichtag);
    boolean activeAtStichtag = atStichtag == PlanStatus.ACTIVE || atStichtag == PlanStatus.ON_HOLD;
    @Nullable LocalDate agreed = agreedOn(plan, history);
    boolean agreedInPeriod = agreed != null && within(agreed);
    boolean closedInPeriod = plan.closure() != null && within(plan.closure().closedOn());
    CounsellingPeriod period = plan.counsellingPeriod();
    boolean extended = activeInPeriod
        && period.plannedEnd().isAfter(period.start().plusYears(CounsellingPeriod.REGULAR_YEARS));

    PlanStatus[] series = new PlanStatus[seriesDays.size()];
    for (int i = 0; i < series.length; i++) {
      series[i] = statusAt(plan, history, seriesDays.get(i));
    }

    List<CounsellingContact> contacts = new ArrayList<>();
    for (CounsellingContact c : plan.counsellingContacts()) {
      if (within(c.date())) {
        contacts.add(c);
      }
    }

    Person person = plan.person();
    String residenceGroup = ResidenceGroups.of(person.residence() == null ? null : person.residence().legalBasis());
    String sex = person.sex() == null ? UNKNOWN : person.sex().name();
    String age = ageGroup(person);
    String nationality = person.nationalities().isEmpty() ? UNKNOWN : person.nationalities().get(0);

    for (Region r : regions) {
      int l = r.level;
      String k = r.key;
      if (activeInPeriod) {
        counts.add(CellIds.of(OVERVIEW, l, k, "PLANS_ACTIVE_IN_PERIOD"), planKey);
        counts.addDistinct(CellIds.of(PERSONS, l, k, "ACTIVE_IN_PERIOD"), personHash);
        for (int table : new int[] {RESIDENCE_GROUPS, SEX, AGE_GROUPS, NATIONALITIES}) {
          counts.add(CellIds.of(table, l, k, TOTAL), planKey);
        }
        counts.add(CellIds.of(RESIDENCE_GROUPS, l, k, residenceGroup), planKey);
        counts.add(CellIds.of(SEX, l, k, sex), planKey);
        counts.add(CellIds.of(AGE_GROUPS, l, k, age), planKey);
        counts.add(CellIds.of(NATIONALITIES, l, k, nationality), planKey);
      }
      if (agreedInPeriod) {
        counts.add(CellIds.of(OVERVIEW, l, k, "PLANS_AGREED"), planKey);
      }
      if (closedInPeriod) {
        counts.add(CellIds.of(OVERVIEW, l, k, "PLANS_CLOSED"), planKey);
        counts.add(CellIds.of(CLOSURE_REASONS, l, k, TOTAL), planKey);
        counts.add(CellIds.of(CLOSURE_REASONS, l, k, plan.closure().reason()), planKey);
      }
      if (extended) {
        counts.add(CellIds.of(OVERVIEW, l, k, "PLANS_EXTENDED_BEYOND_THREE_YEARS"), planKey);
      }
      if (atStichtag != null) {
        counts.add(CellIds.of(STATUS_AT_STICHTAG, l, k, TOTAL), planKey);
        counts.add(CellIds.of(STATUS_AT_STICHTAG, l, k, atStichtag.name()), planKey);
      }
      for (int i = 0; i < series.length; i++) {
        if (series[i] != null) {
          counts.add(CellIds.of(STATUS_OVER_PERIOD, l, k, seriesPrefixes.get(i) + TOTAL), planKey);
          counts.add(CellIds.of(STATUS_OVER_PERIOD, l, k, seriesPrefixes.get(i) + series[i].name()), planKey);
        }
      }
      if (activeAtStichtag) {
        counts.add(CellIds.of(OVERVIEW, l, k, "PLANS_ACTIVE_AT_STICHTAG"), planKey);
        counts.addDistinct(CellIds.of(PERSONS, l, k, "WITH_ACTIVE_PLAN_AT_STICHTAG"), personHash);
      }
      if (!contacts.isEmpty()) {
        counts.addDistinct(CellIds.of(PERSONS, l, k, "COUNSELLED"), personHash);
      }
      for (int i = 0; i < contacts.size(); i++) {
        CounsellingContact c = contacts.get(i);
        int contactKey = RecordKeys.recordKey(RecordKeys.derived(planHash, c.date().toEpochDay() * 4096 + i));
        counts.add(CellIds.of(OVERVIEW, l, k, "CONTACTS"), contactKey);
        counts.add(CellIds.of(CONTACT_TOPICS, l, k, TOTAL), contactKey);
        if (c.topics().isEmpty()) {
          counts.add(CellIds.of(CONTACT_TOPICS, l, k, "NO_TOPIC"), contactKey);
        }
        for (GoalArea topic : c.topics()) {
          counts.add(CellIds.of(CONTACT_TOPICS, l, k, topic.name()), contactKey);
        }
        ContactMode mode = c.mode();
        counts.add(CellIds.of(CONTACT_MODES, l, k, TOTAL), contactKey);
        counts.add(CellIds.of(CONTACT_MODES, l, k, mode.name()), contactKey);
      }
    }
    return true;
  }

  private boolean within(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * The regions of a plan: its municipality as {@code stats} takes it (the responsible
   * municipality; for a district or a provider the person's municipality, failing that the
   * commissioning one), its district and Land from the key (or the district's own key), and the
   * provider by name.
   */
  private static List<Region> regions(IntegrationPlan plan) {
    ResponsibleOrganisation org = plan.responsibleOrganisation();
    String municipality = org.kind() == OrganisationKind.MUNICIPALITY ? org.municipalityKey() : null;
    if (municipality == null) {
      municipality = plan.person().municipalityKey() != null ? plan.person().municipalityKey() : org.municipalityKey();
    }
    String district = municipality != null ? municipality.substring(0, 5) : org.districtKey();
    List<Region> regions = new ArrayList<>(4);
    if (district == null) {
      return regions;
    }
    regions.add(new Region(0, district.substring(0, 2)));
    regions.add(new Region(1, district));
    if (municipality != null) {
      regions.add(new Region(2, municipality));
    }
    if (org.kind() == OrganisationKind.PROVIDER && org.name() != null) {
      regions.add(new Region(3, org.name().strip()));
    }
    return regions;
  }

  /**
   * The status on a day from the status history: that of the last change on or before the day;
   * without a history, the current status from the start of the counselling period (closed from
   * the closure's day). {@code null} before the plan existed.
   */
  static @Nullable PlanStatus statusAt(IntegrationPlan plan, List<StatusChange> sortedHistory, LocalDate day) {
    if (!sortedHistory.isEmpty()) {
      PlanStatus status = null;
      for (StatusChange c : sortedHistory) {
        if (c.date().isAfter(day)) {
          break;
        }
        status = c.status();
      }
      return status;
    }
    if (plan.closure() != null && !plan.closure().closedOn().isAfter(day)) {
      return PlanStatus.CLOSED;
    }
    if (plan.counsellingPeriod().start().isAfter(day)) {
      return plan.status() == PlanStatus.DRAFT ? PlanStatus.DRAFT : null;
    }
    return plan.status();
  }

  /** Whether the plan was {@code ACTIVE} or {@code ON_HOLD} on some day of the period. */
  private boolean activeInPeriod(IntegrationPlan plan, List<StatusChange> sortedHistory) {
    if (active(statusAt(plan, sortedHistory, from))) {
      return true;
    }
    if (sortedHistory.isEmpty()) {
      LocalDate start = plan.counsellingPeriod().start();
      return within(start) && active(statusAt(plan, sortedHistory, start));
    }
    for (StatusChange c : sortedHistory) {
      if (within(c.date()) && active(c.status())) {
        return true;
      }
    }
    return false;
  }

  private static boolean active(@Nullable PlanStatus status) {
    return status == PlanStatus.ACTIVE || status == PlanStatus.ON_HOLD;
  }

  /** The day the plan was agreed: its first change to {@code ACTIVE}; without a history, the period's start. */
  static @Nullable LocalDate agreedOn(IntegrationPlan plan, List<StatusChange> sortedHistory) {
    for (StatusChange c : sortedHistory) {
      if (c.status() == PlanStatus.ACTIVE) {
        return c.date();
      }
    }
    if (sortedHistory.isEmpty() && plan.status() != PlanStatus.DRAFT) {
      return plan.counsellingPeriod().start();
    }
    return null;
  }

  /** The age group at the period's end, from the birth year (the age reached in that year). */
  private String ageGroup(Person person) {
    Integer birthYear = person.birthYear();
    if (birthYear == null) {
      return Boolean.TRUE.equals(person.minor()) ? "AGE_0_17" : UNKNOWN;
    }
    int age = to.getYear() - birthYear;
    if (age < 18) {
      return "AGE_0_17";
    }
    if (age < 27) {
      return "AGE_18_26";
    }
    if (age < 45) {
      return "AGE_27_44";
    }
    if (age < 65) {
      return "AGE_45_64";
    }
    return "AGE_65_PLUS";
  }
}
