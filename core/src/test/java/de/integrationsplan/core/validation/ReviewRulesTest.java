package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.replaceReview;
import static de.integrationsplan.core.validation.Variants.validate;
import static de.integrationsplan.core.validation.Variants.withReviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.model.v1.Achievement;
import de.integrationsplan.core.model.v1.GoalReview;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.ParticipantRole;
import de.integrationsplan.core.model.v1.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reviews: inside the counselling period (2025-03-03 to 2028-03-02), next one later, known goals. */
final class ReviewRulesTest {

  private static Review on(LocalDate date, LocalDate next) {
    return new Review(date, List.of(ParticipantRole.PERSON), List.of(), next, null);
  }

  private static IntegrationPlan secondReview(Review review) {
    return withReviews(base(), List.of(base().reviews().get(0), review));
  }

  static Stream<Arguments> inside() {
    return Stream.of(
        Arguments.of("a review on the first day of counselling is inside", LocalDate.of(2025, 3, 3)),
        Arguments.of("a review on the planned last day is inside", LocalDate.of(2028, 3, 2)),
        Arguments.of("a review in the middle is inside", LocalDate.of(2026, 7, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inside")
  void acceptsReviewInsideCounsellingPeriod(String description, LocalDate date) {
    assertClean(secondReview(on(date, null)));
  }

  static Stream<Arguments> outside() {
    return Stream.of(
        Arguments.of("a review the day before counselling starts is outside", LocalDate.of(2025, 3, 2)),
        Arguments.of("a review the day after the planned end is outside", LocalDate.of(2028, 3, 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outside")
  void rejectsReviewOutsideCounsellingPeriod(String description, LocalDate date) {
    assertOnlyError(secondReview(on(date, null)), "plan.review.outsideCounsellingPeriod", "/reviews/1/date");
  }

  @Test
  void rejectsNextReviewOnSameDay() {
    assertOnlyError(secondReview(on(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6))),
        "plan.review.nextNotAfterDate", "/reviews/1/nextReviewOn");
  }

  @Test
  void rejectsNextReviewBeforeReview() {
    assertOnlyError(secondReview(on(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 5))),
        "plan.review.nextNotAfterDate", "/reviews/1/nextReviewOn");
  }

  @Test
  void acceptsNextReviewOnFollowingDay() {
    assertClean(secondReview(on(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7))));
  }

  @Test
  void rejectsGoalReviewOfUnknownGoal() {
    IntegrationPlan plan = replaceReview(base(), 0, r -> new Review(r.date(), r.participants(),
        List.of(r.goalReviews().get(0), new GoalReview("g-gone", Achievement.NOT_ACHIEVED, null)),
        r.nextReviewOn(), r.note()));
    assertOnlyError(plan, "plan.review.unknownGoal", "/reviews/0/goalReviews/1/goalId");
  }

  @Test
  void reportsEveryUnknownGoalOfEveryReview() {
    Review second = new Review(LocalDate.of(2026, 4, 6), List.of(),
        List.of(new GoalReview("g-lang", Achievement.IN_PROGRESS, null), new GoalReview("x1", Achievement.IN_PROGRESS, null),
            new GoalReview("x2", Achievement.IN_PROGRESS, null)), null, null);
    assertThat(validate(secondReview(second)).issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(
            tuple("plan.review.unknownGoal", "/reviews/1/goalReviews/1/goalId"),
            tuple("plan.review.unknownGoal", "/reviews/1/goalReviews/2/goalId"));
  }

  @Test
  void acceptsGoalReviewOfCompletedGoal() {
    // the fixture's review assesses g-part, which is completed
    assertThat(base().reviews().get(0).goalReviews()).extracting(GoalReview::goalId).contains("g-part");
    assertClean(base());
  }

  @Test
  void rejectsEmptyReviewNote() {
    assertOnlyError(secondReview(new Review(LocalDate.of(2026, 4, 6), List.of(), List.of(), null, "")),
        "value.size", "/reviews/1/note");
  }

  @Test
  void rejectsMalformedGoalIdInGoalReview() {
    IntegrationPlan plan = secondReview(new Review(LocalDate.of(2026, 4, 6), List.of(),
        List.of(new GoalReview("g lang", Achievement.IN_PROGRESS, null)), null, null));
    assertThat(validate(plan).issues())
        .extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(
            tuple("plan.idFormat", "/reviews/1/goalReviews/0/goalId"),
            tuple("plan.review.unknownGoal", "/reviews/1/goalReviews/0/goalId"));
  }
}
