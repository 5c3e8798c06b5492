package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.validate;
import static de.integrationsplan.core.validation.Variants.withReviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The counselling period: order, three regular years, four at most with a justification. */
final class CounsellingPeriodRulesTest {

  private static final LocalDate START = TestPlans.START; // 2025-03-03

  /** Without reviews, so that moving the end does not push reviews out of the period. */
  private static IntegrationPlan period(LocalDate end, String justification) {
    return withReviews(base(), List.of()).toBuilder()
        .counsellingPeriod(new CounsellingPeriod(START, end, justification)).build();
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        Arguments.of("a period of one day is allowed", START, null),
        Arguments.of("a period ending two days before the third anniversary is allowed", START.plusYears(3).minusDays(2), null),
        Arguments.of("exactly three years, ending the day before the anniversary, are allowed without justification", START.plusYears(3).minusDays(1), null),
        Arguments.of("three years and a day are allowed with justification", START.plusYears(3), "Anerkennungsverfahren läuft noch"),
        Arguments.of("exactly four years are allowed with justification", START.plusYears(4).minusDays(1), "Anerkennungsverfahren läuft noch"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowed")
  void acceptsPeriod(String description, LocalDate end, String justification) {
    assertClean(period(end, justification));
  }

  static Stream<Arguments> needJustification() {
    return Stream.of(
        Arguments.of("three years and a day without justification", START.plusYears(3), null),
        Arguments.of("four years without justification", START.plusYears(4).minusDays(1), null),
        Arguments.of("three years and a day with a blank justification", START.plusYears(3), "   "));
  }

  @ParameterizedTest(name = "{0} need a justification")
  @MethodSource("needJustification")
  void requiresJustificationBeyondThreeYears(String description, LocalDate end, String justification) {
    assertOnlyError(period(end, justification), "plan.counsellingPeriod.justificationRequired",
        "/counsellingPeriod/extensionJustification");
  }

  @Test
  void rejectsFourYearsAndADayEvenWithJustification() {
    assertOnlyError(period(START.plusYears(4), "Anerkennungsverfahren läuft noch"),
        "plan.counsellingPeriod.exceedsMaximum", "/counsellingPeriod/plannedEnd");
  }

  @Test
  void rejectsFourYearsAndADayWithoutJustificationOnlyAsTooLong() {
    assertOnlyError(period(START.plusYears(4), null),
        "plan.counsellingPeriod.exceedsMaximum", "/counsellingPeriod/plannedEnd");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertOnlyError(period(START.minusDays(1), null), "plan.counsellingPeriod.endBeforeStart",
        "/counsellingPeriod/plannedEnd");
  }

  @Test
  void rejectsEmptyJustificationAsTooShortAndAsMissing() {
    assertThat(validate(period(START.plusYears(3), "")).issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(
            tuple("plan.counsellingPeriod.justificationRequired", "/counsellingPeriod/extensionJustification"),
            tuple("value.size", "/counsellingPeriod/extensionJustification"));
  }

  @Test
  void endsOnTheLeapDayWhenTheAnniversaryFollowsIt() {
    LocalDate start = LocalDate.of(2025, 3, 1);
    IntegrationPlan ok = TestPlans.minimal().toBuilder().counsellingPeriod(CounsellingPeriod.of(start, LocalDate.of(2028, 2, 29))).build();
    IntegrationPlan tooLong = TestPlans.minimal().toBuilder().counsellingPeriod(CounsellingPeriod.of(start, LocalDate.of(2028, 3, 1))).build();
    assertClean(ok);
    assertOnlyError(tooLong, "plan.counsellingPeriod.justificationRequired", "/counsellingPeriod/extensionJustification");
  }

  @Test
  void countsYearsFromLeapDayIntoALeapYear() {
    LocalDate leap = LocalDate.of(2024, 2, 29);
    IntegrationPlan ok = TestPlans.minimal().toBuilder().counsellingPeriod(CounsellingPeriod.of(leap, LocalDate.of(2028, 2, 28)))
        .counsellingPeriod(new CounsellingPeriod(leap, LocalDate.of(2028, 2, 28), "Anerkennungsverfahren läuft noch")).build();
    IntegrationPlan tooLong = TestPlans.minimal().toBuilder()
        .counsellingPeriod(new CounsellingPeriod(leap, LocalDate.of(2028, 2, 29), "Anerkennungsverfahren läuft noch")).build();
    assertClean(ok);
    assertOnlyError(tooLong, "plan.counsellingPeriod.exceedsMaximum", "/counsellingPeriod/plannedEnd");
  }

  @Test
  void countsYearsFromLeapDay() {
    LocalDate leap = LocalDate.of(2024, 2, 29);
    IntegrationPlan ok = TestPlans.minimal().toBuilder().counsellingPeriod(CounsellingPeriod.of(leap, LocalDate.of(2027, 2, 28))).build();
    IntegrationPlan tooLong = TestPlans.minimal().toBuilder().counsellingPeriod(CounsellingPeriod.of(leap, LocalDate.of(2027, 3, 1))).build();
    assertClean(ok);
    assertOnlyError(tooLong, "plan.counsellingPeriod.justificationRequired", "/counsellingPeriod/extensionJustification");
  }
}
