package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.ClosureReason;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageSkill;
import de.integrationsplan.core.model.v1.LegalBasis;
import de.integrationsplan.core.model.v1.PlanStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distributions over 5,000 plans are plausible. The bands are generous, but each of them fails
 * when a table or the generator goes wrong.
 */
final class SyntheticPlansDistributionTest {

  private static final int COUNT = 5_000;
  private static final LocalDate REF = SyntheticPlans.DEFAULT_REFERENCE_DATE;
  private static List<IntegrationPlan> plans = List.of();

  @BeforeAll
  static void generate() {
    plans = SyntheticPlans.builder().seed(2026).referenceDate(REF).build().stream(COUNT).toList();
  }

  private static double share(long count) {
    return (double) count / COUNT;
  }

  @Test
  void everyGoalAreaAppears() {
    Set<GoalArea> areas = plans.stream().flatMap(p -> p.goals().stream()).map(Goal::area)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(GoalArea.class)));
    assertThat(areas).containsExactlyInAnyOrder(GoalArea.values());
  }

  @Test
  void everyPlanStatusAppearsAndMostPlansAreActive() {
    Map<PlanStatus, Long> byStatus = plans.stream().collect(Collectors.groupingBy(IntegrationPlan::status,
        () -> new EnumMap<>(PlanStatus.class), Collectors.counting()));
    assertThat(byStatus.keySet()).containsExactlyInAnyOrder(PlanStatus.values());
    assertThat(share(byStatus.get(PlanStatus.ACTIVE))).isBetween(0.50, 0.75);
    assertThat(byStatus.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
        .isEqualTo(PlanStatus.ACTIVE);
  }

  @Test
  void ukrainiansHaveAPlausibleShareAndTemporaryProtection() {
    List<IntegrationPlan> ukrainians = plans.stream()
        .filter(p -> p.person().nationalities().contains("UA")).toList();
    assertThat(share(ukrainians.size())).isBetween(0.10, 0.28);
    assertThat(ukrainians).allSatisfy(p ->
        assertThat(p.person().residence().basis()).isEqualTo(LegalBasis.AUFENTHG_24));
    assertThat(share(plans.stream().filter(p -> p.person().nationalities().contains("SY")).count()))
        .isBetween(0.15, 0.35);
  }

  @Test
  void householdsHaveOneToSevenMembersAndSinglesAreFrequent() {
    Map<Integer, Long> bySize = plans.stream().map(p -> p.person().household())
        .collect(Collectors.groupingBy(h -> h.adults() + h.children().size(), TreeMap::new, Collectors.counting()));
    assertThat(bySize.keySet()).allSatisfy(size -> assertThat(size).isBetween(1, 7));
    assertThat(bySize.keySet()).contains(1, 2, 3, 4, 5, 6, 7);
    assertThat(share(bySize.get(1))).isBetween(0.25, 0.60);
  }

  @Test
  void adultsAreEighteenToSixtyFiveAtTheReferenceDate() {
    assertThat(plans).allSatisfy(p -> assertThat(REF.getYear() - p.person().birthYear()).isBetween(19, 65));
    double meanAge = plans.stream().mapToInt(p -> REF.getYear() - p.person().birthYear()).average().orElseThrow();
    assertThat(meanAge).isBetween(27.0, 40.0);
  }

  @Test
  void meanCounsellingLengthIsAtMostThreeYearsAndNoneExceedsFour() {
    double meanYears = plans.stream()
        .mapToLong(p -> ChronoUnit.DAYS.between(p.counsellingPeriod().start(), p.counsellingPeriod().plannedEnd()) + 1)
        .average().orElseThrow() / 365.25;
    assertThat(meanYears).isBetween(2.0, 3.0);
    assertThat(plans).allSatisfy(p -> assertThat(p.counsellingPeriod().plannedEnd())
        .isBeforeOrEqualTo(p.counsellingPeriod().start().plusYears(4)));
    long extended = plans.stream().filter(p -> p.counsellingPeriod().extensionJustification() != null).count();
    assertThat(share(extended)).isBetween(0.01, 0.15);
  }

  @Test
  void runningPlansAreOpenAtTheReferenceDateAndEndedOnesClosedBeforeIt() {
    assertThat(plans).allSatisfy(p -> {
      assertThat(p.counsellingPeriod().start()).isBeforeOrEqualTo(REF);
      if (p.closure() == null) {
        assertThat(p.counsellingPeriod().plannedEnd()).isAfterOrEqualTo(REF);
      } else {
        assertThat(p.closure().closedOn()).isBeforeOrEqualTo(REF);
      }
    });
    Set<ClosureReason> reasons = plans.stream().filter(p -> p.closure() != null).map(p -> p.closure().reason())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClosureReason.class)));
    assertThat(reasons).contains(ClosureReason.GOALS_ACHIEVED, ClosureReason.MAXIMUM_DURATION,
        ClosureReason.MOVED_AWAY, ClosureReason.CONSENT_WITHDRAWN);
  }

  @Test
  void germanLevelsRiseWithTimeInCounselling() {
    double early = meanGermanLevel(0, 180);
    double late = meanGermanLevel(730, 2000);
    assertThat(late).isGreaterThan(early + 0.5);
  }

  private static double meanGermanLevel(long fromDays, long toDays) {
    return plans.stream()
        .filter(p -> p.closure() == null && p.competenceProfile() != null)
        .filter(p -> {
          long days = ChronoUnit.DAYS.between(p.counsellingPeriod().start(), REF);
          return days >= fromDays && days <= toDays;
        })
        .map(SyntheticPlansDistributionTest::currentGerman)
        .flatMap(Optional::stream)
        .mapToInt(CefrLevel::ordinal)
        .average().orElseThrow();
  }

  private static Optional<CefrLevel> currentGerman(IntegrationPlan plan) {
    return plan.competenceProfile().languageSkills().stream()
        .filter(s -> s.language().equals("deu") && s.assessedOn() != null)
        .max(Comparator.comparing(LanguageSkill::assessedOn))
        .flatMap(LanguageSkill::currentLevel);
  }

  @Test
  void municipalitiesAreRealKeysOfBadenWuerttembergWeightedByPopulation() {
    Map<String, Long> byKey = plans.stream().collect(Collectors.groupingBy(
        p -> p.responsibleOrganisation().municipalityKey(), TreeMap::new, Collectors.counting()));
    assertThat(byKey.keySet()).hasSizeGreaterThanOrEqualTo(20).allSatisfy(k -> assertThat(k).matches("08[0-9]{6}"));
    assertThat(byKey.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
        .isEqualTo("08111000");
  }

  @Test
  void everyAgreedOrActiveGoalIsServedAndRecognitionGoalsPointAtQualifications() {
    long withQualification = plans.stream().filter(p -> p.competenceProfile() != null
        && !p.competenceProfile().qualifications().isEmpty()).count();
    assertThat(share(withQualification)).isBetween(0.10, 0.50);
    long recognitionGoals = plans.stream().flatMap(p -> p.goals().stream())
        .filter(g -> g.area() == GoalArea.RECOGNITION).count();
    assertThat(recognitionGoals).isPositive();
  }
}
