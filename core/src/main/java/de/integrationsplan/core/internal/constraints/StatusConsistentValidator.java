package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.validation.constraints.StatusConsistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link StatusConsistent}. */
public final class StatusConsistentValidator
    implements ConstraintValidator<StatusConsistent, IntegrationPlan> {

  /** For the validation provider. */
  public StatusConsistentValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    boolean ended = plan.status() == PlanStatus.COMPLETED || plan.status() == PlanStatus.CLOSED;
    if (ended && plan.closure() == null) {
      Violations.at(context, "plan.closure.missing", "closure");
      valid = false;
    } else if (!ended && plan.closure() != null) {
      Violations.at(context, "plan.closure.unexpected", "closure");
      valid = false;
    }
    if (plan.closure() != null
        && plan.closure().closedOn().isBefore(plan.counsellingPeriod().start())) {
      context.buildConstraintViolationWithTemplate("{plan.closure.beforeStart}")
          .addPropertyNode("closure")
          .addPropertyNode("closedOn")
          .addConstraintViolation();
      valid = false;
    }
    if (plan.consent() == null
        && plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.ENTERED_IN_ERROR) {
      Violations.at(context, "plan.consent.missing", "consent");
      valid = false;
    }
    if (plan.consent() != null && plan.consent().withdrawn() && !ended
        && plan.status() != PlanStatus.ENTERED_IN_ERROR) {
      context.buildConstraintViolationWithTemplate("{plan.consent.withdrawnWhileOpen}")
          .addPropertyNode("consent")
          .addPropertyNode("withdrawnOn")
          .addConstraintViolation();
      valid = false;
    }
    return valid;
  }
}
