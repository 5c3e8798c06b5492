package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.validation.constraints.ActiveWithinPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ActiveWithinPeriod}, by the plan's own day ({@link PlanDay}). */
public final class ActiveWithinPeriodValidator
    implements ConstraintValidator<ActiveWithinPeriod, IntegrationPlan> {

  /** For the validation provider. */
  public ActiveWithinPeriodValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null || plan.status() != PlanStatus.ACTIVE && plan.status() != PlanStatus.ON_HOLD) {
      return true;
    }
    if (!PlanDay.of(plan).isAfter(plan.counsellingPeriod().plannedEnd())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("counsellingPeriod")
        .addPropertyNode("plannedEnd")
        .addConstraintViolation();
    return false;
  }
}
