package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v1.MeasureKind;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import de.integrationsplan.core.model.v2.Closure;
import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.GoalStatus;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Measure;
import de.integrationsplan.core.model.v2.OrganisationKind;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.ResponsibleOrganisation;
import de.integrationsplan.core.model.v2.StatusChange;
import de.integrationsplan.core.model.v2.V2Samples;
import de.integrationsplan.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Statistics of plans of format 2.0: the same counts as for 1.0, taken from 2.0's components, into
 * the same cells, so that a folder of both formats is counted at once.
 */
final class StatisticsV2Test {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  /** The pharmacist with her first three goals and their measures, which format 1.0 can say too. */
  private static IntegrationPlan pharmacistOfFormat1Facts() {
    IntegrationPlan p = V2Samples.pharmacist();
    return new IntegrationPlan(p.id(), p.schemaVersion(), p.codeLists(), p.status(), p.statusHistory(), p.created(),
        p.updated(), p.counsellingPeriod(), p.responsibleOrganisation(), p.integrationManager(), p.consent(),
        p.person(), p.competenceProfile(), p.goals().subList(0, 3), p.measures().subList(0, 3),
        p.counsellingContacts(), List.of(), p.closure(), p.extensions());
  }

  /** The same facts in format 1.0: municipality, status, period, person, goals and measure kinds. */
  private static de.integrationsplan.core.model.v1.IntegrationPlan counterpartOfFormat1(IntegrationPlan v2) {
    var b = TestPlans.minimal().toBuilder()
        .id(v2.id())
        .status(de.integrationsplan.core.model.v1.PlanStatus.valueOf(v2.status().name()))
        .counsellingPeriod(de.integrationsplan.core.model.v1.CounsellingPeriod.of(v2.counsellingPeriod().start(),
            v2.counsellingPeriod().plannedEnd()))
        .responsibleOrganisation(de.integrationsplan.core.model.v1.ResponsibleOrganisation.of(
            v2.responsibleOrganisation().municipalityKey()))
        .person(de.integrationsplan.core.model.v1.Person.builder(v2.person().pseudonym()).build());
    for (Goal g : v2.goals()) {
      b.goal(de.integrationsplan.core.model.v1.Goal.builder(g.id(),
              de.integrationsplan.core.model.v1.GoalArea.valueOf(g.area().name()), g.description())
          .status(de.integrationsplan.core.model.v1.GoalStatus.valueOf(g.status().name()))
          .achievement(g.achievement() == null ? null
              : de.integrationsplan.core.model.v1.Achievement.valueOf(g.achievement().name()))
          .build());
    }
    for (Measure m : v2.measures()) {
      b.measure(de.integrationsplan.core.model.v1.Measure.builder(m.id(), MeasureKind.valueOf(m.kind()),
          ResponsibleParty.PERSON).goal(m.goalIds().toArray(String[]::new)).build());
    }
    return b.build();
  }

  private static Statistics count(Plan... plans) {
    StatisticsBuilder counting = Statistics.at(DAY).threshold(1);
    for (Plan plan : plans) {
      counting.add(plan);
    }
    return counting.build();
  }

  private static OptionalLong cell(Statistics s, String ags, StatisticsTable table, String category) {
    return s.cell(RegionLevel.MUNICIPALITY, ags, table, category).orElseThrow().count();
  }

  @Test
  void aPlanOfFormat2CountsAsItsCounterpartOfFormat1() {
    IntegrationPlan v2 = pharmacistOfFormat1Facts();
    var v1 = counterpartOfFormat1(v2);
    assertThat(StatisticsBuilder.activeAt(v2, DAY)).isTrue();

    assertThat(count(v2).cells()).isEqualTo(count(v1).cells());
    assertThat(count(v2).toCsv()).isEqualTo(count(v1).toCsv());
  }

  @Test
  void aMixedStreamCountsBothFormatsInTheSameCells() {
    IntegrationPlan v2 = pharmacistOfFormat1Facts();
    var v1 = counterpartOfFormat1(v2).toBuilder()
        .person(de.integrationsplan.core.model.v1.Person.builder("p-other").build()).build();

    Statistics both = count(v1, v2);

    assertThat(cell(both, "08221000", StatisticsTable.PLANS, StatisticsTable.TOTAL)).hasValue(2);
    assertThat(cell(both, "08221000", StatisticsTable.PERSONS, StatisticsTable.TOTAL)).hasValue(2);
    assertThat(cell(both, "08221000", StatisticsTable.GOALS_BY_AREA, "RECOGNITION")).hasValue(2);
    assertThat(cell(both, "08221000", StatisticsTable.MEASURES_BY_KIND, "COURSE")).hasValue(2);
    assertThat(both.cell(RegionLevel.DISTRICT, "08221", StatisticsTable.PLANS, StatisticsTable.TOTAL)
        .orElseThrow().count()).hasValue(2);
  }

  @Test
  void theSamePersonInBothFormatsIsOnePerson() {
    IntegrationPlan v2 = pharmacistOfFormat1Facts();
    Statistics both = count(counterpartOfFormat1(v2), v2);
    assertThat(cell(both, "08221000", StatisticsTable.PLANS, StatisticsTable.TOTAL)).hasValue(2);
    assertThat(cell(both, "08221000", StatisticsTable.PERSONS, StatisticsTable.TOTAL)).hasValue(1);
  }

  @Test
  void theAreasAndMeasureKindsOfFormat2HaveTheirCategories() {
    IntegrationPlan plan = V2Samples.pharmacistBuilder()
        .goal(Goal.builder("g5", GoalArea.FINANCES, "Schulden regeln").status(GoalStatus.AGREED).build())
        .measure(Measure.builder("m5", "PASSPORT_PROCUREMENT", "PERSON").goal("g4").build())
        .build();
    Statistics s = count(plan);
    assertThat(cell(s, "08221000", StatisticsTable.GOALS_BY_AREA, "SECURING_RESIDENCE")).hasValue(1);
    assertThat(cell(s, "08221000", StatisticsTable.GOALS_BY_AREA, "FINANCES")).hasValue(1);
    assertThat(cell(s, "08221000", StatisticsTable.GOALS_BY_AREA, StatisticsTable.TOTAL)).hasValue(5);
    assertThat(cell(s, "08221000", StatisticsTable.MEASURES_BY_KIND, "PASSPORT_PROCUREMENT")).hasValue(1);
    assertThat(cell(s, "08221000", StatisticsTable.MEASURES_BY_KIND, "REFERRAL")).hasValue(1);
    assertThat(cell(s, "08221000", StatisticsTable.MEASURES_BY_KIND, StatisticsTable.TOTAL)).hasValue(5);
  }

  @Test
  void theCategoriesOfFormat1ComeFirstInTheirOrder() {
    List<String> areas = StatisticsTable.GOALS_BY_AREA.categories();
    List<String> v1 = java.util.Arrays.stream(de.integrationsplan.core.model.v1.GoalArea.values()).map(Enum::name).toList();
    assertThat(areas.subList(0, v1.size())).isEqualTo(v1);
    assertThat(areas).contains("SECURING_RESIDENCE", "NATURALISATION", "FINANCES").endsWith(StatisticsTable.TOTAL)
        .doesNotHaveDuplicates();
    List<String> kinds = StatisticsTable.MEASURES_BY_KIND.categories();
    List<String> v1Kinds = java.util.Arrays.stream(MeasureKind.values()).map(Enum::name).toList();
    assertThat(kinds.subList(0, v1Kinds.size())).isEqualTo(v1Kinds);
    assertThat(kinds).contains("PSYCHOTHERAPY", "COOPERATION_PLAN").endsWith(StatisticsTable.TOTAL).doesNotHaveDuplicates();
  }

  @Test
  void activeAtFollowsTheCurrentStatusPeriodAndClosure() {
    IntegrationPlan plan = V2Samples.pharmacist();
    assertThat(StatisticsBuilder.activeAt(plan, V2Samples.START.minusDays(1))).isFalse();
    assertThat(StatisticsBuilder.activeAt(plan, V2Samples.START)).isTrue();
    assertThat(StatisticsBuilder.activeAt(plan.toBuilder().status(PlanStatus.DRAFT).build(), DAY)).isFalse();
    IntegrationPlan closed = plan.toBuilder().status(PlanStatus.CLOSED)
        .statusChange(new StatusChange(DAY, PlanStatus.CLOSED)).closure(Closure.of(DAY, "MOVED_AWAY")).build();
    assertThat(StatisticsBuilder.activeAt(closed, DAY)).isTrue();
    assertThat(StatisticsBuilder.activeAt(closed, DAY.plusDays(1))).isFalse();
  }

  @Test
  void aMunicipalityCountsForItsOwnPlansWhereverThePersonLives() {
    IntegrationPlan plan = V2Samples.pharmacistBuilder()
        .responsibleOrganisation(ResponsibleOrganisation.municipality("08222000")).build();
    assertThat(cell(count(plan), "08222000", StatisticsTable.PLANS, StatisticsTable.TOTAL)).hasValue(1);
  }

  @Test
  void aDistrictsPlanCountsForThePersonsMunicipality() {
    IntegrationPlan plan = V2Samples.pharmacistBuilder()
        .responsibleOrganisation(ResponsibleOrganisation.district("08125"))
        .person(V2Samples.personBuilder().municipalityKey("08125005").build()).build();
    Statistics s = count(plan);
    assertThat(cell(s, "08125005", StatisticsTable.PLANS, StatisticsTable.TOTAL)).hasValue(1);
    assertThat(s.cell(RegionLevel.DISTRICT, "08125", StatisticsTable.PLANS, StatisticsTable.TOTAL)
        .orElseThrow().count()).hasValue(1);
  }

  @Test
  void aProvidersPlanWithoutThePersonsMunicipalityCountsForTheCommissioningOne() {
    IntegrationPlan plan = V2Samples.pharmacistBuilder()
        .person(V2Samples.personBuilder().municipalityKey(null).build()).build();
    assertThat(plan.responsibleOrganisation().kind()).isEqualTo(OrganisationKind.PROVIDER);
    assertThat(cell(count(plan), "08221000", StatisticsTable.PLANS, StatisticsTable.TOTAL)).hasValue(1);
  }

  @Test
  void aPlanNamingNoMunicipalityIsRejectedAndNothingCounted() {
    IntegrationPlan plan = V2Samples.pharmacistBuilder()
        .responsibleOrganisation(ResponsibleOrganisation.district("08125"))
        .person(V2Samples.personBuilder().municipalityKey(null).build()).build();
    StatisticsBuilder counting = Statistics.at(DAY);
    assertThatThrownBy(() -> counting.add(plan)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("person.municipalityKey");
    assertThat(counting.build().cells()).isEmpty();
  }

  @Test
  void aDraftNamingNoMunicipalityIsNotCountedAndNotRefused() {
    IntegrationPlan draft = V2Samples.pharmacistBuilder()
        .status(PlanStatus.DRAFT).statusChange(new StatusChange(DAY, PlanStatus.DRAFT))
        .responsibleOrganisation(ResponsibleOrganisation.district("08125"))
        .person(V2Samples.personBuilder().municipalityKey(null).build()).build();
    assertThat(count(draft).cells()).isEmpty();
  }
}
