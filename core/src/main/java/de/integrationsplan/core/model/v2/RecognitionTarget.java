package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The target of a recognition goal: the <em>Anerkennung</em> of a qualification of the competence profile.
 *
 * @param qualificationId the id of the qualification in the competence profile
 * @param outcomeSought the outcome sought, a code of the list {@code recognition-outcome}
 */
public record RecognitionTarget(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String qualificationId,
    @PersonalData(ORDINARY) @Coded("recognition-outcome") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String outcomeSought) {

  /**
   * Canonical constructor; both components are required.
   *
   * @param qualificationId the id of the qualification in the competence profile
   * @param outcomeSought the outcome sought, a code of the list {@code recognition-outcome}
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
