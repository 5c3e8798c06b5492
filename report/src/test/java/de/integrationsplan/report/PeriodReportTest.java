package de.integrationsplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.OrganisationKind;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.StatusChange;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counts of a period report against a count made here plan by plan, and the report's inputs. */
final class PeriodReportTest {

  private static final LocalDate AT = LocalDate.of(2026, 6, 30);
  private final List<IntegrationPlan> plans = Releases.plans(1500);

  private static String municipality(IntegrationPlan p) {
    var org = p.responsibleOrganisation();
    if (org.kind() == OrganisationKind.MUNICIPALITY) {
      return org.municipalityKey();
    }
    return p.person().municipalityKey() != null ? p.person().municipalityKey() : org.municipalityKey();
  }

  private static PlanStatus statusAt(IntegrationPlan p, LocalDate day) {
    List<StatusChange> h = new ArrayList<>(p.statusHistory());
    h.sort(Comparator.comparing(StatusChange::date));
    PlanStatus s = null;
    for (StatusChange c : h) {
      if (!c.date().isAfter(day)) {
        s = c.status();
      }
    }
    return s;
  }

  @Test
  void countsAtTheStichtagFollowTheStatusHistory() {
    // the plans with a history; those without are counted from their current status (PlanCounting)
    List<IntegrationPlan> withHistory = plans.stream().filter(p -> !p.statusHistory().isEmpty()).toList();
    assertThat(withHistory).hasSizeGreaterThan(1000);
    Releases.Release r = Releases.of(withHistory, Releases.FROM, Releases.TO, AT);
    Map<String, Long> active = new HashMap<>();
    Map<String, Long> byStatus = new HashMap<>();
    for (IntegrationPlan p : withHistory) {
      if (p.status() == PlanStatus.ENTERED_IN_ERROR) {
        continue;
      }
      PlanStatus s = statusAt(p, AT);
      if (s == PlanStatus.ACTIVE || s == PlanStatus.ON_HOLD) {
        active.merge(municipality(p), 1L, Long::sum);
      }
      if (s != null) {
        byStatus.merge(s.name(), 1L, Long::sum);
      }
    }
    assertThat(active).isNotEmpty();
    active.forEach((ags, n) -> assertThat(r.truth(Releases.name(ReportTable.OVERVIEW, ReportLevel.MUNICIPALITY, ags,
        "PLANS_ACTIVE_AT_STICHTAG"))).as(ags).isEqualTo(n));
    byStatus.forEach((status, n) -> assertThat(r.truth(Releases.name(ReportTable.STATUS_AT_STICHTAG, ReportLevel.LAND, "08",
        status))).as(status).isEqualTo(n));
  }

  @Test
  void countsOverThePeriodAreThoseOfThePlansAndContacts() {
    Releases.Release r = Releases.of(plans, Releases.FROM, Releases.TO, AT);
    long contacts = 0;
    long closed = 0;
    Map<String, Long> reasons = new HashMap<>();
    Set<String> counselled = new HashSet<>();
    for (IntegrationPlan p : plans) {
      if (p.status() == PlanStatus.ENTERED_IN_ERROR) {
        continue;
      }
      long inPeriod = p.counsellingContacts().stream()
          .filter(c -> !c.date().isBefore(Releases.FROM) && !c.date().isAfter(Releases.TO)).count();
      contacts += inPeriod;
      if (inPeriod > 0) {
        counselled.add(p.person().pseudonym());
      }
      if (p.closure() != null && !p.closure().closedOn().isBefore(Releases.FROM) && !p.closure().closedOn().isAfter(Releases.TO)) {
        closed++;
        reasons.merge(p.closure().reason(), 1L, Long::sum);
      }
    }
    assertThat(contacts).isPositive();
    assertThat(r.truth(Releases.name(ReportTable.OVERVIEW, ReportLevel.LAND, "08", "CONTACTS"))).isEqualTo(contacts);
    assertThat(r.truth(Releases.name(ReportTable.OVERVIEW, ReportLevel.LAND, "08", "PLANS_CLOSED"))).isEqualTo(closed);
    assertThat(r.truth(Releases.name(ReportTable.PERSONS, ReportLevel.LAND, "08", "COUNSELLED"))).isEqualTo(counselled.size());
    reasons.forEach((reason, n) -> assertThat(r.truth(Releases.name(ReportTable.CLOSURE_REASONS, ReportLevel.LAND, "08",
        reason))).isEqualTo(n));
    // every breakdown of the active plans has the same total: the same records, the same cell
    long total = r.truth(Releases.name(ReportTable.OVERVIEW, ReportLevel.LAND, "08", "PLANS_ACTIVE_IN_PERIOD"));
    for (ReportTable t : List.of(ReportTable.SEX, ReportTable.AGE_GROUPS, ReportTable.NATIONALITIES, ReportTable.RESIDENCE_GROUPS)) {
      assertThat(r.truth(Releases.name(t, ReportLevel.LAND, "08", "TOTAL"))).isEqualTo(total);
      assertThat(r.published(Releases.name(t, ReportLevel.LAND, "08", "TOTAL")))
          .isEqualTo(r.published(Releases.name(ReportTable.OVERVIEW, ReportLevel.LAND, "08", "PLANS_ACTIVE_IN_PERIOD")));
    }
  }

  @Test
  void spillingToDiskChangesNoCount() {
    Releases.Release inMemory = Releases.of(plans, PeriodReport.builder().period(Releases.FROM, Releases.TO).key(Releases.SECRET));
    Releases.Release spilled = Releases.of(plans,
        PeriodReport.builder().period(Releases.FROM, Releases.TO).key(Releases.SECRET).cellsInMemory(100));
    assertThat(spilled.truth()).isEqualTo(inMemory.truth());
    assertThat(spilled.published()).isEqualTo(inMemory.published());
  }

  @Test
  void manyDistinctMunicipalityKeysAreCountedInBoundedMemory() {
    // every plan in a municipality of its own: the cells held stay at the bound, the rest goes to disk
    List<IntegrationPlan> scattered = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      IntegrationPlan p = plans.get(i);
      String ags = String.format("08%06d", 100_000 + i);
      var person = p.person();
      var moved = new de.integrationsplan.core.model.v2.Person(person.pseudonym(), person.identifyingData(), person.birthYear(),
          person.minor(), person.sex(), person.nationalities(), person.countryOfOrigin(), person.languages(), ags,
          person.targetGroup(), person.residence(), person.benefits(), person.household(), person.housing(), person.disability());
      scattered.add(p.toBuilder().responsibleOrganisation(
          de.integrationsplan.core.model.v2.ResponsibleOrganisation.municipality(ags)).person(moved).build());
    }
    PeriodReport report = PeriodReport.builder().period(Releases.FROM, Releases.TO).key(Releases.SECRET).cellsInMemory(500).build();
    ReportCounting counting = report.counting();
    scattered.forEach(counting::add);
    try (ReportResult result = counting.finish()) {
      Set<String> municipalities = new HashSet<>();
      result.forEach(c -> {
        if (c.level() == ReportLevel.MUNICIPALITY) {
          municipalities.add(c.region());
        }
      });
      assertThat(municipalities).hasSizeGreaterThan(1000);
    }
  }

  @Test
  void plansOfFormatOneAreMigratedAndCountedByTheSameRules() {
    SyntheticPlans synthetic = SyntheticPlans.withSeed(3);
    List<de.integrationsplan.core.model.v1.IntegrationPlan> old = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      old.add(synthetic.plan(i));
    }
    PeriodReport report = PeriodReport.builder().period(Releases.FROM, Releases.TO).key(Releases.SECRET).build();
    ReportCounting counting = report.counting();
    old.forEach(counting::add);
    assertThat(counting.counted()).isPositive();
    try (ReportResult result = counting.finish()) {
      List<ReportCell> cells = new ArrayList<>();
      result.forEach(cells::add);
      assertThat(cells).anyMatch(c -> c.table() == ReportTable.OVERVIEW && c.category().equals("PLANS_ACTIVE_IN_PERIOD"));
    }
  }

  @Test
  void theCoverageRateIsThePublishedCountPerPersonInAnschlussunterbringung() throws Exception {
    Releases.Release r = Releases.of(plans, Releases.FROM, Releases.TO, AT);
    String ags = r.truth().keySet().stream().filter(k -> k.startsWith("persons/municipality/") && k.endsWith("/WITH_ACTIVE_PLAN_AT_STICHTAG"))
        .map(k -> k.split("/")[2]).sorted().findFirst().orElseThrow();
    long published = r.published("persons/municipality/" + ags + "/WITH_ACTIVE_PLAN_AT_STICHTAG");
    Map<String, Long> population = PeriodReport.readPopulation(new StringReader("ags;persons\n" + ags + ";250\n08999001;40\n"));
    PeriodReport report = PeriodReport.builder().period(Releases.FROM, Releases.TO).stichtag(AT).population(population)
        .key(Releases.SECRET).build();
    ReportCounting counting = report.counting();
    plans.forEach(counting::add);
    Map<String, BigDecimal> coverage = new HashMap<>();
    try (ReportResult result = counting.finish()) {
      result.forEach(c -> {
        if (c.table() == ReportTable.COVERAGE) {
          coverage.put(c.level().wireName() + "/" + c.region() + "/" + c.category(), c.value());
        }
      });
    }
    assertThat(coverage.get("municipality/" + ags + "/PERSONS_WITH_PLAN")).isEqualByComparingTo(BigDecimal.valueOf(published));
    assertThat(coverage.get("municipality/" + ags + "/PERSONS_IN_ANSCHLUSSUNTERBRINGUNG")).isEqualByComparingTo("250");
    assertThat(coverage.get("municipality/" + ags + "/COVERAGE_PERCENT"))
        .isEqualByComparingTo(BigDecimal.valueOf(published * 1000 / 250, 1).setScale(1));
    assertThat(coverage.get("municipality/08999001/PERSONS_WITH_PLAN")).isEqualByComparingTo("0");
    assertThat(coverage.get("land/08/PERSONS_IN_ANSCHLUSSUNTERBRINGUNG")).isEqualByComparingTo("290");
  }

  @Test
  void refusesFaultyInputsNamingTheFault() {
    assertThatThrownBy(() -> PeriodReport.builder().key(new byte[31])).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> PeriodReport.builder().key(new byte[40])).hasMessageContaining("8 different");
    assertThatThrownBy(() -> PeriodReport.builder().period(Releases.TO, Releases.FROM)).hasMessageContaining("before");
    assertThatThrownBy(() -> PeriodReport.builder().key(Releases.SECRET).build()).hasMessageContaining("period");
    assertThatThrownBy(() -> PeriodReport.readPopulation(new StringReader("h\n0811100x,3\n"))).hasMessageContaining("line 2")
        .isInstanceOfSatisfying(PopulationFileException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.fault()).isEqualTo(PopulationFileException.Fault.NOT_AN_AGS);
        });
    assertThatThrownBy(() -> PeriodReport.readPopulation(new StringReader("h\n\n08111000,3,1\n")))
        .isInstanceOfSatisfying(PopulationFileException.class, e -> {
          assertThat(e.line()).as("blank lines count").isEqualTo(3);
          assertThat(e.fault()).isEqualTo(PopulationFileException.Fault.FIELD_COUNT);
        });
    assertThatThrownBy(() -> PeriodReport.readPopulation(new StringReader("h\n08111000,drei\n")))
        .isInstanceOfSatisfying(PopulationFileException.class,
            e -> assertThat(e.fault()).isEqualTo(PopulationFileException.Fault.NOT_A_WHOLE_NUMBER));
    assertThatThrownBy(() -> PeriodReport.readPopulation(new StringReader("h\n08111000,-3\n"))).hasMessageContaining("negative");
    assertThatThrownBy(() -> PeriodReport.readPopulation(new StringReader("h\n08111000,3\n08111000,4\n"))).hasMessageContaining("twice");
    assertThat(Collections.unmodifiableMap(Map.of())).isEmpty();
  }
}
