package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;

/**
 * The target of a housing goal, for example moving from the <em>Anschlussunterbringung</em> into an
 * own tenancy.
 *
 * @param kind the housing outcome sought
 */
public record HousingTarget(@PersonalData(ORDINARY) HousingTargetKind kind) {

  /**
   * Canonical constructor; {@code kind} is required.
   *
   * @param kind the housing outcome sought
   */
  public HousingTarget {
    Checks.required(kind, HousingTarget.class, "kind");
  }

  @Override
  public String toString() {
    return "HousingTarget[redacted]";
  }
}
