package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The household (<em>Haushalt</em>) the person lives in; not necessarily the SGB II <em>Bedarfsgemeinschaft</em>.
 *
 * @param adults the number of adults, the person included
 * @param children the children
 */
public record Household(
    @PersonalData(ORDINARY) @Min(value = 1, message = "{plan.household.adultsRange}") @Max(value = 30, message = "{plan.household.adultsRange}") Integer adults,
    @PersonalData(ORDINARY) @Size(max = 30) List<@Valid Child> children) {

  /**
   * Canonical constructor; {@code adults} is required.
   *
   * @param adults the number of adults, the person included
   * @param children the children
   */
  public Household {
    Checks.required(adults, Household.class, "adults");
    children = Checks.list(children, Household.class, "children");
  }

  @Override
  public String toString() {
    return "Household[redacted]";
  }
}
