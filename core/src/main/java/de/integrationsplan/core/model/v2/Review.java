package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A review of the plan (<em>Fortschreibung</em>): a dated meeting that assesses the goals and sets
 * the next review. FHIR has no such object; the integration plan needs it.
 *
 * @param date the day of the review; inside the counselling period
 * @param participants who took part
 * @param goalReviews the assessment of each goal discussed
 * @param nextReviewOn the day of the next review; after {@code date}
 * @param note a note
 */
@DatesInOrder(first = "date", second = "nextReviewOn", strict = true, message = "{plan.review.nextNotAfterDate}")
public record Review(
    @PersonalData(ORDINARY) LocalDate date,
    @PersonalData(ORDINARY) @Size(max = 20) List<ParticipantRole> participants,
    @PersonalData(ORDINARY) @Size(max = 100) List<@Valid GoalReview> goalReviews,
    @PersonalData(ORDINARY) @Nullable LocalDate nextReviewOn,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @TextLength(min = 1, max = 2000) String note) {

  /**
   * Canonical constructor; {@code date} is required, lists are copied.
   *
   * @param date the day of the review; inside the counselling period
   * @param participants who took part
   * @param goalReviews the assessment of each goal discussed
   * @param nextReviewOn the day of the next review; after {@code date}
   * @param note a note
   */
  public Review {
    Checks.required(date, Review.class, "date");
    participants = Checks.list(participants, Review.class, "participants");
    goalReviews = Checks.list(goalReviews, Review.class, "goalReviews");
  }

  @Override
  public String toString() {
    return "Review[redacted]";
  }
}
