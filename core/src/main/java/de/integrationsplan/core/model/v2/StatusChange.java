package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import java.time.LocalDate;

/**
 * A change of the plan's status: from {@code date} on the plan had {@code status}. The status
 * history makes counts at a past <em>Stichtag</em> and over a period possible (plans active on
 * 31 December, plans put on hold in a year); its last entry is the plan's current status.
 *
 * @param date the day the plan took the status
 * @param status the status it took
 */
public record StatusChange(
    @PersonalData(ORDINARY) LocalDate date,
    @PersonalData(ORDINARY) PlanStatus status) {

  /**
   * Canonical constructor; both components are required.
   *
   * @param date the day the plan took the status
   * @param status the status it took
   */
  public StatusChange {
    Checks.required(date, StatusChange.class, "date");
    Checks.required(status, StatusChange.class, "status");
  }

  @Override
  public String toString() {
    return "StatusChange[redacted]";
  }
}
