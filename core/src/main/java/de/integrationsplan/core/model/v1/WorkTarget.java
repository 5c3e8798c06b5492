package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.CodingSystem;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The target of a work goal: a kind of employment, in an occupation where one is known.
 *
 * @param employmentKind the kind of employment sought
 * @param occupation the occupation, by KldB 2010, ISCO-08 or ESCO
 */
public record WorkTarget(
    @PersonalData(ORDINARY) EmploymentKind employmentKind,
    @PersonalData(ORDINARY) @Nullable @Valid @CodingSystem({Coding.KLDB_2010, Coding.ISCO_08, Coding.ESCO}) Coding occupation) {

  /**
   * Canonical constructor; {@code employmentKind} is required.
   *
   * @param employmentKind the kind of employment sought
   * @param occupation the occupation, by KldB 2010, ISCO-08 or ESCO
   */
  public WorkTarget {
    Checks.required(employmentKind, WorkTarget.class, "employmentKind");
  }

  @Override
  public String toString() {
    return "WorkTarget[redacted]";
  }
}
