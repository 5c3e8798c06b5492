package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A <em>Fiktionsbescheinigung</em> (§ 81 Abs. 5 AufenthG): the certificate that a title applied
 * for counts as held, or the expiring one as continuing (§ 81 Abs. 3 and 4 AufenthG), until the
 * immigration authority decides. It stands beside the underlying residence status, not instead
 * of it, as format 1.0 had to record it.
 *
 * @param issuedOn the day it was issued
 * @param validUntil the last day of its validity
 */
@DatesInOrder(first = "issuedOn", second = "validUntil", message = "{plan.residence.validityReversed}")
public record FictionCertificate(
    @PersonalData(ORDINARY) @Nullable LocalDate issuedOn,
    @PersonalData(ORDINARY) @Nullable LocalDate validUntil) {

  /**
   * Whether the certificate is valid on a day: issued on or before it (or undated) and valid until
   * it or later (or without end date).
   *
   * @param day the day
   * @return {@code true} when valid on that day
   */
  public boolean validOn(LocalDate day) {
    return (issuedOn == null || !issuedOn.isAfter(day)) && (validUntil == null || !validUntil.isBefore(day));
  }

  @Override
  public String toString() {
    return "FictionCertificate[redacted]";
  }
}
