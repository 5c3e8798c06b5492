package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;

/**
 * The target of a naturalisation goal (<em>Einbürgerung</em>): the step the goal aims at.
 *
 * @param step the step sought
 */
public record NaturalisationTarget(@PersonalData(ORDINARY) NaturalisationStep step) {

  /**
   * Canonical constructor; {@code step} is required.
   *
   * @param step the step sought
   */
  public NaturalisationTarget {
    Checks.required(step, NaturalisationTarget.class, "step");
  }

  @Override
  public String toString() {
    return "NaturalisationTarget[redacted]";
  }
}
