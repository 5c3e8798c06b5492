package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Pattern;

/**
 * The target of a goal securing residence (<em>Aufenthaltssicherung</em>): the legal basis sought,
 * such as a settlement permit (§ 26 Abs. 3 or Abs. 4 AufenthG) or a change of track (§ 16g, § 19d
 * AufenthG).
 *
 * @param legalBasisSought the legal basis sought, a code of the list {@code legal-basis}
 */
public record ResidenceTarget(
    @PersonalData(ORDINARY) @Coded("legal-basis") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String legalBasisSought) {

  /**
   * Canonical constructor; {@code legalBasisSought} is required.
   *
   * @param legalBasisSought the legal basis sought, a code of the list {@code legal-basis}
   */
  public ResidenceTarget {
    Checks.required(legalBasisSought, ResidenceTarget.class, "legalBasisSought");
  }

  @Override
  public String toString() {
    return "ResidenceTarget[redacted]";
  }
}
