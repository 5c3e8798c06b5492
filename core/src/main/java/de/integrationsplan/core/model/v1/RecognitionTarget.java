package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The target of a recognition goal: the <em>Anerkennung</em> of one of the person's qualifications.
 *
 * @param qualificationId the id of a qualification in the competence profile
 * @param outcomeSought the outcome sought, usually {@link RecognitionOutcome#FULL_EQUIVALENCE}
 */
public record RecognitionTarget(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String qualificationId,
    @PersonalData(ORDINARY) RecognitionOutcome outcomeSought) {

  /**
   * Canonical constructor; both components are required.
   *
   * @param qualificationId the id of a qualification in the competence profile
   * @param outcomeSought the outcome sought, usually {@link RecognitionOutcome#FULL_EQUIVALENCE}
   */
  public RecognitionTarget {
    Checks.required(qualificationId, RecognitionTarget.class, "qualificationId");
    Checks.required(outcomeSought, RecognitionTarget.class, "outcomeSought");
  }

  @Override
  public String toString() {
    return "RecognitionTarget[redacted]";
  }
}
