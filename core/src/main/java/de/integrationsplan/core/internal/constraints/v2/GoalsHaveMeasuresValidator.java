package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.GoalStatus;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Measure;
import de.integrationsplan.core.model.v2.MeasureStatus;
import de.integrationsplan.core.validation.constraints.GoalsHaveMeasures;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates {@link GoalsHaveMeasures} on the records of format 2. */
public final class GoalsHaveMeasuresValidator
    implements ConstraintValidator<GoalsHaveMeasures, IntegrationPlan> {

  /** For the validation provider. */
  public GoalsHaveMeasuresValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Set<String> served = new HashSet<>();
    for (Measure measure : plan.measures()) {
      if (measure.status() != MeasureStatus.CANCELLED) {
        served.addAll(measure.goalIds());
      }
    }
    boolean valid = true;
    List<Goal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      boolean pursued = goal.status() == GoalStatus.AGREED || goal.status() == GoalStatus.ACTIVE;
      if (pursued && !served.contains(goal.id())) {
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("goals")
            .addBeanNode().inIterable().atIndex(i)
            .addConstraintViolation();
        valid = false;
      }
    }
    return valid;
  }
}
