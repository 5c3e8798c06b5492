package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * A child in the person's household. Only the year of birth is kept: ages change, years do not.
 *
 * @param birthYear the year of birth
 * @param education where the child is cared for or taught
 */
public record Child(
    @PersonalData(ORDINARY) @Min(value = 1990, message = "{plan.household.birthYearRange}") @Max(value = 2100, message = "{plan.household.birthYearRange}") Integer birthYear,
    @PersonalData(ORDINARY) @Nullable ChildEducation education) {

  /**
   * Canonical constructor; {@code birthYear} is required.
   *
   * @param birthYear the year of birth
   * @param education where the child is cared for or taught
   */
  public Child {
    Checks.required(birthYear, Child.class, "birthYear");
  }

  @Override
  public String toString() {
    return "Child[redacted]";
  }
}
