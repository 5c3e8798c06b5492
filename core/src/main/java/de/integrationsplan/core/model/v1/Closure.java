package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.TextLength;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How and when the counselling ended (<em>Abschluss</em> or <em>Beendigung</em>); present exactly
 * when the plan's status is {@link PlanStatus#COMPLETED} or {@link PlanStatus#CLOSED}.
 *
 * @param closedOn the last day of counselling
 * @param reason why it ended
 * @param note a short note, free of personal details
 */
public record Closure(
    @PersonalData(ORDINARY) LocalDate closedOn,
    @PersonalData(ORDINARY) ClosureReason reason,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @TextLength(min = 1, max = 2000) String note) {

  /**
   * Canonical constructor; {@code closedOn} and {@code reason} are required.
   *
   * @param closedOn the last day of counselling
   * @param reason why it ended
   * @param note a short note, free of personal details
   */
  public Closure {
    Checks.required(closedOn, Closure.class, "closedOn");
    Checks.required(reason, Closure.class, "reason");
  }

  @Override
  public String toString() {
    return "Closure[redacted]";
  }
}
