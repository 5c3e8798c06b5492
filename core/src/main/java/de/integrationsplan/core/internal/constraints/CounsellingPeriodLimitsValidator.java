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
    if (value.plannedEnd().isAfter(value.start().plusYears(CounsellingPeriod.MAXIMUM_YEARS))) {
      Violations.at(context, "plan.counsellingPeriod.exceedsMaximum", "plannedEnd");
      return false;
    }
    if (value.plannedEnd().isAfter(value.start().plusYears(CounsellingPeriod.REGULAR_YEARS))
        && (value.extensionJustification() == null || value.extensionJustification().isBlank())) {
      Violations.at(context, "plan.counsellingPeriod.justificationRequired", "extensionJustification");
      return false;
    }
    return true;
  }
}
