package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.TextLength;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The recognition (<em>Anerkennung</em>) of a foreign qualification: the procedure, the competent
 * authority and the <em>Gleichwertigkeit</em> it found.
 *
 * @param procedure the legal procedure; absent while none has been chosen, for example with
 *     {@link RecognitionOutcome#NOT_APPLIED}
 * @param authority the competent authority (<em>zuständige Stelle</em>), for example
 *     {@code Regierungspräsidium Stuttgart} or {@code IHK FOSA}
 * @param referenceOccupation the German reference occupation (<em>Referenzberuf</em>)
 * @param appliedOn the day the application was filed
 * @param decidedOn the day of the decision (<em>Bescheid</em>); not before the application
 * @param outcome the outcome
 */
@DatesInOrder(first = "appliedOn", second = "decidedOn", message = "{plan.recognition.decisionBeforeApplication}")
public record Recognition(
    @PersonalData(ORDINARY) @Nullable RecognitionProcedure procedure,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String authority,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String referenceOccupation,
    @PersonalData(ORDINARY) @Nullable LocalDate appliedOn,
    @PersonalData(ORDINARY) @Nullable LocalDate decidedOn,
    @PersonalData(ORDINARY) RecognitionOutcome outcome) {

  /**
   * Canonical constructor; {@code outcome} is required.
   *
   * @param procedure the legal procedure; absent while none has been chosen, for example with
   *         {@link RecognitionOutcome#NOT_APPLIED}
   * @param authority the competent authority (<em>zuständige Stelle</em>), for example
   *         {@code Regierungspräsidium Stuttgart} or {@code IHK FOSA}
   * @param referenceOccupation the German reference occupation (<em>Referenzberuf</em>)
   * @param appliedOn the day the application was filed
   * @param decidedOn the day of the decision (<em>Bescheid</em>); not before the application
   * @param outcome the outcome
   */
  public Recognition {
    Checks.required(outcome, Recognition.class, "outcome");
  }

  @Override
  public String toString() {
    return "Recognition[redacted]";
  }
}
