package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.validation.constraints.CounsellingPeriodLimits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link CounsellingPeriodLimits}. */
public final class CounsellingPeriodLimitsValidator
    implements ConstraintValidator<CounsellingPeriodLimits, CounsellingPeriod> {

  /** For the validation provider. */
  public CounsellingPeriodLimitsValidator() {}

  @Override
  public boolean isValid(@Nullable CounsellingPeriod value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    if (value.plannedEnd().isAfter(lastDay(value, CounsellingPeriod.MAXIMUM_YEARS))) {
      Violations.at(context, "plan.counsellingPeriod.exceedsMaximum", "plannedEnd");
      return false;
    }
    if (value.plannedEnd().isAfter(lastDay(value, CounsellingPeriod.REGULAR_YEARS))
        && (value.extensionJustification() == null || value.extensionJustification().isBlank())) {
      Violations.at(context, "plan.counsellingPeriod.justificationRequired", "extensionJustification");
      return false;
    }
    return true;
  }

  /**
   * The last day of a period of {@code years} years that includes its first day (§§187 Abs. 2, 188
   * Abs. 2 BGB): the day before the anniversary; for a start on 29 February and an anniversary in a
   * common year, the last day of February (§188 Abs. 3 BGB).
   */
  static java.time.LocalDate lastDay(CounsellingPeriod period, int years) {
    return lastDay(period.start(), years);
  }

  /**
   * The last day of a period of {@code years} years from {@code start}, as
   * {@link #lastDay(CounsellingPeriod, int)}; shared with the validator of format 2.
   *
   * @param start the first day
   * @param years the number of years
   * @return the last day
   */
  public static java.time.LocalDate lastDay(java.time.LocalDate start, int years) {
    java.time.LocalDate anniversary = start.plusYears(years);
    return anniversary.getDayOfMonth() != start.getDayOfMonth() ? anniversary : anniversary.minusDays(1);
  }
}
