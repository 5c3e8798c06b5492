package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.model.CounsellingPeriod;
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
   * The last day of a period of {@code years} years that includes its first day: the day before the
   * anniversary, or the last day of February for a start on 29 February (§§187, 188 BGB).
   */
  private static java.time.LocalDate lastDay(CounsellingPeriod period, int years) {
    return period.start().minusDays(1).plusYears(years);
  }
}
