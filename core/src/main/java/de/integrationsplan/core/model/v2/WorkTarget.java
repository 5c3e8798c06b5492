package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.CodingSystem;
import de.integrationsplan.core.validation.constraints.EscoOccupation;
import de.integrationsplan.core.validation.constraints.Severities;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * The target of a work goal: a kind of employment, in an occupation where one is known, and the
 * working hours sought. A training place (<em>Ausbildungsplatz</em>) is
 * {@link EmploymentKind#VOCATIONAL_TRAINING} with the occupation trained for.
 *
 * @param employmentKind the kind of employment sought
 * @param occupation the occupation, by KldB 2010, ISCO-08 or ESCO
 * @param weeklyHours the working hours per week sought, 1 to 60
 * @param partTime whether part-time work is sought (<em>Teilzeit</em>), for example beside childcare
 */
public record WorkTarget(
    @PersonalData(ORDINARY) EmploymentKind employmentKind,
    @PersonalData(ORDINARY) @Nullable @Valid @CodingSystem({Coding.KLDB_2010, Coding.ISCO_08, Coding.ESCO}) @EscoOccupation(payload = Severities.Warning.class) Coding occupation,
    @PersonalData(ORDINARY) @Nullable @Min(value = 1, message = "{plan.work.hoursRange}") @Max(value = 60, message = "{plan.work.hoursRange}") Integer weeklyHours,
    @PersonalData(ORDINARY) @Nullable Boolean partTime) {

  /**
   * Canonical constructor; {@code employmentKind} is required.
   *
   * @param employmentKind the kind of employment sought
   * @param occupation the occupation, by KldB 2010, ISCO-08 or ESCO
   * @param weeklyHours the working hours per week sought, 1 to 60
   * @param partTime whether part-time work is sought (<em>Teilzeit</em>), for example beside childcare
   */
  public WorkTarget {
    Checks.required(employmentKind, WorkTarget.class, "employmentKind");
  }

  @Override
  public String toString() {
    return "WorkTarget[redacted]";
  }
}
