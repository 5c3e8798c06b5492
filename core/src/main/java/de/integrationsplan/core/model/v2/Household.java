package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The household (<em>Haushalt</em>) the person lives in; not necessarily the SGB II
 * <em>Bedarfsgemeinschaft</em>. Format 1.0 counted adults and listed children; 2.0 lists the
 * members with ids that goals and measures refer to, and a person who is a minor lives in a
 * household with parents ({@link HouseholdRole#PARENT}).
 *
 * @param size the number of persons in the household, the person included; at least the members
 *     listed and the person
 * @param members the members recorded, the person not among them
 */
public record Household(
    @PersonalData(ORDINARY) @Nullable @Min(value = 1, message = "{plan.household.sizeRange}") @Max(value = 30, message = "{plan.household.sizeRange}") Integer size,
    @PersonalData(ORDINARY) @Size(max = 30) List<@Valid HouseholdMember> members) {

  /**
   * Canonical constructor; copies the members.
   *
   * @param size the number of persons in the household, the person included
   * @param members the members recorded, the person not among them
   */
  public Household {
    members = Checks.list(members, Household.class, "members");
  }

  @Override
  public String toString() {
    return "Household[redacted]";
  }
}
