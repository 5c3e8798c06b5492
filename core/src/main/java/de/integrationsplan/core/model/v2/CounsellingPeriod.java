package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.CounsellingPeriodLimits;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.Severities;
import de.integrationsplan.core.validation.constraints.SubstantialText;
import de.integrationsplan.core.validation.constraints.TextLength;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The counselling period (<em>Beratungszeitraum</em>) of the integration management: at most three
 * years, four in justified cases (VwV Integrationsmanagement).
 *
 * @param start the day counselling began
 * @param plannedEnd the day counselling is planned to end
 * @param extensionJustification why counselling goes beyond three years (<em>Begründung der
 *     Verlängerung</em>); required then, and free of personal details
 */
@DatesInOrder(first = "start", second = "plannedEnd", message = "{plan.counsellingPeriod.endBeforeStart}")
@CounsellingPeriodLimits
public record CounsellingPeriod(
    @PersonalData(ORDINARY) LocalDate start,
    @PersonalData(ORDINARY) LocalDate plannedEnd,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @TextLength(min = 1, max = 2000) @SubstantialText(payload = Severities.Warning.class) String extensionJustification) {

  /** The regular maximum in years. */
  public static final int REGULAR_YEARS = 3;

  /** The absolute maximum in years, with a justification. */
  public static final int MAXIMUM_YEARS = 4;

  /**
   * Canonical constructor; {@code start} and {@code plannedEnd} are required.
   *
   * @param start the day counselling began
   * @param plannedEnd the day counselling is planned to end
   * @param extensionJustification why counselling goes beyond three years (<em>Begründung der
   *         Verlängerung</em>); required then, and free of personal details
   */
  public CounsellingPeriod {
    Checks.required(start, CounsellingPeriod.class, "start");
    Checks.required(plannedEnd, CounsellingPeriod.class, "plannedEnd");
  }

  /**
   * A period without a justification.
   *
   * @param start the first day
   * @param plannedEnd the planned last day
   * @return the period
   */
  public static CounsellingPeriod of(LocalDate start, LocalDate plannedEnd) {
    return new CounsellingPeriod(start, plannedEnd, null);
  }

  /**
   * Whether {@code day} lies inside the period, both ends included.
   *
   * @param day a day
   * @return {@code true} when {@code start <= day <= plannedEnd}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(plannedEnd);
  }

  @Override
  public String toString() {
    return "CounsellingPeriod[redacted]";
  }
}
