package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one goal in a review.
 *
 * @param goalId the id of the goal
 * @param achievement how far it has been achieved
 * @param note a note
 */
public record GoalReview(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String goalId,
    @PersonalData(ORDINARY) Achievement achievement,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @TextLength(min = 1, max = 2000) String note) {

  /**
   * Canonical constructor; {@code goalId} and {@code achievement} are required.
   *
   * @param goalId the id of the goal
   * @param achievement how far it has been achieved
   * @param note a note
   */
  public GoalReview {
    Checks.required(goalId, GoalReview.class, "goalId");
    Checks.required(achievement, GoalReview.class, "achievement");
  }

  @Override
  public String toString() {
    return "GoalReview[goalId=" + goalId + "]";
  }
}
