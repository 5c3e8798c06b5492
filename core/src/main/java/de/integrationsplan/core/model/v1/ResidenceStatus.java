package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The residence status (<em>Aufenthaltsstatus</em>): its legal basis and how long it is valid.
 *
 * @param basis the legal basis
 * @param validFrom the first day of validity
 * @param validUntil the last day of validity (<em>befristet bis</em>); absent when unlimited
 */
@DatesInOrder(first = "validFrom", second = "validUntil", message = "{plan.residence.validityReversed}")
public record ResidenceStatus(
    @PersonalData(ORDINARY) LegalBasis basis,
    @PersonalData(ORDINARY) @Nullable LocalDate validFrom,
    @PersonalData(ORDINARY) @Nullable LocalDate validUntil) {

  /**
   * Canonical constructor; {@code basis} is required.
   *
   * @param basis the legal basis
   * @param validFrom the first day of validity
   * @param validUntil the last day of validity (<em>befristet bis</em>); absent when unlimited
   */
  public ResidenceStatus {
    Checks.required(basis, ResidenceStatus.class, "basis");
  }

  /**
   * A status known only by its legal basis.
   *
   * @param basis the legal basis
   * @return the status
   */
  public static ResidenceStatus of(LegalBasis basis) {
    return new ResidenceStatus(basis, null, null);
  }

  @Override
  public String toString() {
    return "ResidenceStatus[redacted]";
  }
}
