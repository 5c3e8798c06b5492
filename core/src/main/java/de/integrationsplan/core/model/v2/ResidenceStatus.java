package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The residence status (<em>Aufenthaltsstatus</em>): its legal basis, when it was granted and how
 * long it is valid, and the details that decide access to work, training and a settlement permit:
 * the work permit, whether identity is clarified and a passport obtained (preconditions of
 * § 60c AufenthG and § 16g AufenthG), a residence obligation (<em>Wohnsitzregelung</em>,
 * § 12a AufenthG), a <em>Fiktionsbescheinigung</em> (§ 81 AufenthG) beside the status.
 *
 * @param legalBasis the legal basis, a code of the list {@code legal-basis}, valid at {@code grantedOn}
 * @param grantedOn the day the title (or the first title on this basis) was granted (<em>Erteilung</em>)
 * @param validFrom the first day of validity of the current title
 * @param validUntil the last day of validity (<em>befristet bis</em>); absent when unlimited
 * @param workPermit what the person may do in terms of work, a code of the list {@code work-permit}
 *     (§ 4a AufenthG, § 32 BeschV, § 61 AsylG)
 * @param identityClarified whether the person's identity is clarified (<em>Identitätsklärung</em>)
 * @param passportObtained whether the person holds a passport or passport substitute
 * @param residenceObligation whether a residence obligation (<em>Wohnsitzregelung</em>, § 12a AufenthG) applies
 * @param residenceObligationUntil the last day of the residence obligation
 * @param fictionCertificate a <em>Fiktionsbescheinigung</em> (§ 81 AufenthG) while a title is decided
 */
@DatesInOrder(first = "validFrom", second = "validUntil", message = "{plan.residence.validityReversed}")
public record ResidenceStatus(
    @PersonalData(ORDINARY) @Coded(value = "legal-basis", validAt = "grantedOn") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String legalBasis,
    @PersonalData(ORDINARY) @Nullable LocalDate grantedOn,
    @PersonalData(ORDINARY) @Nullable LocalDate validFrom,
    @PersonalData(ORDINARY) @Nullable LocalDate validUntil,
    @PersonalData(ORDINARY) @Nullable @Coded("work-permit") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String workPermit,
    @PersonalData(ORDINARY) @Nullable Boolean identityClarified,
    @PersonalData(ORDINARY) @Nullable Boolean passportObtained,
    @PersonalData(ORDINARY) @Nullable Boolean residenceObligation,
    @PersonalData(ORDINARY) @Nullable LocalDate residenceObligationUntil,
    @PersonalData(ORDINARY) @Nullable @Valid FictionCertificate fictionCertificate) {

  /**
   * Canonical constructor; {@code legalBasis} is required.
   *
   * @param legalBasis the legal basis, a code of the list {@code legal-basis}
   * @param grantedOn the day the title was granted
   * @param validFrom the first day of validity of the current title
   * @param validUntil the last day of validity; absent when unlimited
   * @param workPermit the work permit, a code of the list {@code work-permit}
   * @param identityClarified whether the person's identity is clarified
   * @param passportObtained whether the person holds a passport or passport substitute
   * @param residenceObligation whether a residence obligation (§ 12a AufenthG) applies
   * @param residenceObligationUntil the last day of the residence obligation
   * @param fictionCertificate a <em>Fiktionsbescheinigung</em> (§ 81 AufenthG)
   */
  public ResidenceStatus {
    Checks.required(legalBasis, ResidenceStatus.class, "legalBasis");
  }

  /**
   * A status known only by its legal basis.
   *
   * @param legalBasis a code of the list {@code legal-basis}
   * @return the status
   */
  public static ResidenceStatus of(String legalBasis) {
    return new ResidenceStatus(legalBasis, null, null, null, null, null, null, null, null, null);
  }

  @Override
  public String toString() {
    return "ResidenceStatus[redacted]";
  }
}
