package de.integrationsplan.core.model;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import java.time.LocalDate;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The recognition (<em>Anerkennung</em>) of a foreign qualification: the procedure, the competent
 * authority and the <em>Gleichwertigkeit</em> it found.
 *
 * @param procedure the legal procedure
 * @param authority the competent authority (<em>zuständige Stelle</em>), for example
 *     {@code Regierungspräsidium Stuttgart} or {@code IHK FOSA}
 * @param referenceOccupation the German reference occupation (<em>Referenzberuf</em>)
 * @param appliedOn the day the application was filed
 * @param decidedOn the day of the decision (<em>Bescheid</em>); not before the application
 * @param outcome the outcome
 */
@DatesInOrder(first = "appliedOn", second = "decidedOn", message = "{plan.recognition.decisionBeforeApplication}")
public record Recognition(
    @PersonalData(ORDINARY) RecognitionProcedure procedure,
    @PersonalData(ORDINARY) @Nullable @CodePointLength(min = 1, max = 200) String authority,
    @PersonalData(ORDINARY) @Nullable @CodePointLength(min = 1, max = 200) String referenceOccupation,
    @PersonalData(ORDINARY) @Nullable LocalDate appliedOn,
    @PersonalData(ORDINARY) @Nullable LocalDate decidedOn,
    @PersonalData(ORDINARY) RecognitionOutcome outcome) {

  /** Canonical constructor; {@code procedure} and {@code outcome} are required. */
  public Recognition {
    Checks.required(procedure, Recognition.class, "procedure");
    Checks.required(outcome, Recognition.class, "outcome");
  }

  @Override
  public String toString() {
    return "Recognition[redacted]";
  }
}
