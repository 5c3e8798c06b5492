package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.ClosureReason;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.model.v1.ResponsibleOrganisation;
import de.integrationsplan.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The Stichtag, the counts of one known plan, the output formats and the markers. */
final class StatisticsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  @Test
  void activeAtTheStichtagFollowsStatusPeriodAndClosure() {
    IntegrationPlan plan = TestPlans.complete();
    assertThat(StatisticsBuilder.activeAt(plan, DAY)).isTrue();
    assertThat(StatisticsBuilder.activeAt(plan, TestPlans.START.minusDays(1))).isFalse();
    assertThat(StatisticsBuilder.activeAt(plan, TestPlans.START)).isTrue();
    assertThat(StatisticsBuilder.activeAt(plan.toBuilder().status(PlanStatus.ON_HOLD).build(), DAY)).isTrue();
    assertThat(StatisticsBuilder.activeAt(plan.toBuilder().status(PlanStatus.DRAFT).build(), DAY)).isFalse();
    assertThat(StatisticsBuilder.activeAt(plan.toBuilder().status(PlanStatus.ENTERED_IN_ERROR).build(), DAY)).isFalse();
    IntegrationPlan closed = plan.toBuilder().status(PlanStatus.COMPLETED)
        .closure(new Closure(DAY, ClosureReason.GOALS_ACHIEVED, null)).build();
    assertThat(StatisticsBuilder.activeAt(closed, DAY)).isTrue();
    assertThat(StatisticsBuilder.activeAt(closed, DAY.plusDays(1))).isFalse();
  }

  @Test
  void countsOneKnownPlanAtThresholdOne() {
    Statistics s = Statistics.at(DAY).threshold(1).add(TestPlans.complete()).build();
    assertThat(count(s, RegionLevel.MUNICIPALITY, "08221000", StatisticsTable.PLANS, "TOTAL")).hasValue(1);
    assertThat(count(s, RegionLevel.DISTRICT, "08221", StatisticsTable.GOALS_BY_AREA, "LANGUAGE")).hasValue(1);
    assertThat(count(s, RegionLevel.LAND, "08", StatisticsTable.GOALS_BY_AREA, "TOTAL")).hasValue(6);
    assertThat(count(s, RegionLevel.LAND, "08", StatisticsTable.GOALS_BY_ACHIEVEMENT, "NOT_RECORDED")).hasValue(4);
    assertThat(count(s, RegionLevel.LAND, "08", StatisticsTable.MEASURES_BY_KIND, "TOTAL")).hasValue(3);
    assertThat(count(s, RegionLevel.LAND, "08", StatisticsTable.PERSONS, "TOTAL")).hasValue(1);
  }

  @Test
  void samePersonInTwoPlansCountsOnce() {
    Statistics s = Statistics.at(DAY).threshold(1).add(TestPlans.complete())
        .add(TestPlans.complete().toBuilder().responsibleOrganisation(ResponsibleOrganisation.of("08222000")).build())
        .build();
    assertThat(count(s, RegionLevel.LAND, "08", StatisticsTable.PLANS, "TOTAL")).hasValue(2);
    assertThat(count(s, RegionLevel.LAND, "08", StatisticsTable.PERSONS, "TOTAL")).hasValue(1);
  }

  @Test
  void defaultThresholdSuppressesOnePlan() {
    Statistics s = Statistics.at(DAY).add(TestPlans.complete()).build();
    assertThat(s.threshold()).isEqualTo(5);
    assertThat(s.cell(RegionLevel.LAND, "08", StatisticsTable.PLANS, "TOTAL")).get()
        .extracting(StatisticsCell::suppressed).isEqualTo(true);
  }

  @Test
  void csvHasHeaderCrlfAndAnEmptyCountForSuppressedCells() {
    Statistics s = Statistics.at(DAY).add(TestPlans.complete()).build();
    String csv = s.toCsv();
    assertThat(csv).startsWith(Statistics.CSV_HEADER + "\r\n")
        .contains("2026-03-31,land,08,plans,TOTAL,,true\r\n")
        .contains("2026-03-31,municipality,08221000,goalsByArea,HEALTH,0,false\r\n")
        .endsWith("\r\n");
    assertThat(csv.split("\r\n")).hasSize(s.cells().size() + 1);
  }

  @Test
  void jsonMarksSuppressedCellsWithoutNull() {
    String json = Statistics.at(DAY).add(TestPlans.complete()).build().toJson();
    assertThat(json).startsWith("{\"stichtag\":\"2026-03-31\",\"threshold\":5,\"cells\":[")
        .contains("{\"level\":\"land\",\"region\":\"08\",\"table\":\"plans\",\"category\":\"TOTAL\",\"suppressed\":true}")
        .contains("\"category\":\"HEALTH\",\"count\":0}")
        .doesNotContain("null");
  }

  @Test
  void outputHoldsNoPseudonymNorFreeText() {
    IntegrationPlan plan = TestPlans.complete();
    Statistics s = Statistics.at(DAY).threshold(1).add(plan).build();
    for (String text : new String[] {s.toCsv(), s.toJson(), s.toString()}) {
      assertThat(text).doesNotContain(plan.person().pseudonym(), plan.integrationManager(),
          plan.goals().get(0).description(), plan.id().toString());
    }
  }

  @Test
  void plansOutsideTheStichtagAddNoRegion() {
    Statistics s = Statistics.at(LocalDate.of(2020, 1, 1)).add(TestPlans.complete()).build();
    assertThat(s.cells()).isEmpty();
    assertThat(s.toCsv()).isEqualTo(Statistics.CSV_HEADER + "\r\n");
  }

  @Test
  void badThresholdAndBadMunicipalityKeyAreRejected() {
    assertThatThrownBy(() -> Statistics.at(DAY).threshold(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold");
    IntegrationPlan bad = TestPlans.complete().toBuilder()
        .responsibleOrganisation(ResponsibleOrganisation.of("CANARY-AGS")).build();
    assertThatThrownBy(() -> Statistics.at(DAY).add(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("municipalityKey").hasMessageNotContaining("CANARY");
  }

  @Test
  void countsAtMostTheMaximumOfMunicipalitiesAndRefusesOneMore() {
    StatisticsBuilder b = Statistics.at(DAY).threshold(1);
    IntegrationPlan plan = TestPlans.complete();
    for (int i = 0; i < StatisticsBuilder.MAX_MUNICIPALITIES; i++) {
      b.add(plan.toBuilder().responsibleOrganisation(ResponsibleOrganisation.of(String.format("08%06d", i))).build());
    }
    IntegrationPlan oneMore = plan.toBuilder().responsibleOrganisation(ResponsibleOrganisation.of("09000000")).build();
    assertThatThrownBy(() -> b.add(oneMore)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(String.valueOf(StatisticsBuilder.MAX_MUNICIPALITIES)).hasMessageNotContaining("09000000");
    b.add(plan.toBuilder().responsibleOrganisation(ResponsibleOrganisation.of("08000000")).build()); // a known one
    assertThat(count(b.build(), RegionLevel.LAND, "08", StatisticsTable.PLANS, "TOTAL"))
        .hasValue(StatisticsBuilder.MAX_MUNICIPALITIES + 1L);
  }

  @Test
  void builderCanBuildAndGoOnCounting() {
    StatisticsBuilder b = Statistics.at(DAY).threshold(1).add(TestPlans.complete());
    assertThat(count(b.build(), RegionLevel.LAND, "08", StatisticsTable.PLANS, "TOTAL")).hasValue(1);
    b.add(TestPlans.complete().toBuilder().person(Person.builder("p-other").build()).build());
    assertThat(count(b.build(), RegionLevel.LAND, "08", StatisticsTable.PERSONS, "TOTAL")).hasValue(2);
  }

  private static OptionalLong count(Statistics s, RegionLevel level, String region, StatisticsTable t, String c) {
    return s.cell(level, region, t, c).orElseThrow().count();
  }
}
