package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How and when the counselling ended (<em>Abschluss</em> or <em>Beendigung</em>); present exactly
 * when the plan's status is {@link PlanStatus#COMPLETED} or {@link PlanStatus#CLOSED}. After a
 * move, the receiving municipality and whether the person agreed to hand the plan over to it.
 *
 * @param closedOn the last day of counselling
 * @param reason why it ended, a code of the list {@code closure-reason}
 * @param note a short note, free of personal details
 * @param receivingMunicipalityKey the AGS of the municipality the person moved to
 * @param handOverConsent whether the person agreed that the plan is handed over to the receiving
 *     municipality (a consent of its own, Art. 6 Abs. 1 lit. a GDPR)
 */
public record Closure(
    @PersonalData(ORDINARY) LocalDate closedOn,
    @PersonalData(ORDINARY) @Coded(value = "closure-reason", validAt = "closedOn") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String reason,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @TextLength(min = 1, max = 2000) String note,
    @PersonalData(ORDINARY) @Nullable @Pattern(regexp = Formats.AGS, message = "{plan.organisation.agsFormat}") String receivingMunicipalityKey,
    @PersonalData(ORDINARY) @Nullable Boolean handOverConsent) {

  /**
   * Canonical constructor; {@code closedOn} and {@code reason} are required.
   *
   * @param closedOn the last day of counselling
   * @param reason why it ended, a code of the list {@code closure-reason}
   * @param note a short note, free of personal details
   * @param receivingMunicipalityKey the AGS of the municipality the person moved to
   * @param handOverConsent whether the person agreed that the plan is handed over
   */
  public Closure {
    Checks.required(closedOn, Closure.class, "closedOn");
    Checks.required(reason, Closure.class, "reason");
  }

  /**
   * A closure by day and reason.
   *
   * @param closedOn the last day of counselling
   * @param reason a code of the list {@code closure-reason}
   * @return the closure
   */
  public static Closure of(LocalDate closedOn, String reason) {
    return new Closure(closedOn, reason, null, null, null);
  }

  @Override
  public String toString() {
    return "Closure[redacted]";
  }
}
