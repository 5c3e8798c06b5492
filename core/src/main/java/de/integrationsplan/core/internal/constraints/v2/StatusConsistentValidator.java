package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.StatusChange;
import de.integrationsplan.core.validation.constraints.StatusConsistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link StatusConsistent} on the records of format 2: as in format 1, and the status
 * history in the order of its dates ({@code plan.statusHistory.outOfOrder}) ending with the plan's
 * status ({@code plan.statusHistory.notCurrent}).
 */
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
    List<StatusChange> history = plan.statusHistory();
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).date().isBefore(history.get(i - 1).date())) {
        Violations.at(context, "plan.statusHistory.outOfOrder", "statusHistory", i, "date");
        valid = false;
      }
    }
    if (!history.isEmpty() && history.get(history.size() - 1).status() != plan.status()) {
      Violations.at(context, "plan.statusHistory.notCurrent", "statusHistory", history.size() - 1, "status");
      valid = false;
    }
    return valid;
  }
}
