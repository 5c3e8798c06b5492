package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.CounsellingPeriod;
import de.integrationsplan.core.validation.constraints.CounsellingPeriodLimits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link CounsellingPeriodLimits} on the records of format 2. */
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

  private static java.time.LocalDate lastDay(CounsellingPeriod period, int years) {
    return de.integrationsplan.core.internal.constraints.CounsellingPeriodLimitsValidator.lastDay(period.start(), years);
  }
}
