package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.GoalTarget;
import de.integrationsplan.core.validation.constraints.TargetFitsArea;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link TargetFitsArea} on the records of format 2. */
public final class TargetFitsAreaValidator implements ConstraintValidator<TargetFitsArea, Goal> {

  /** For the validation provider. */
  public TargetFitsAreaValidator() {}

  @Override
  public boolean isValid(@Nullable Goal goal, ConstraintValidatorContext context) {
    if (goal == null || goal.target() == null) {
      return true;
    }
    GoalTarget t = goal.target();
    GoalArea area = goal.area();
    String misfit = null;
    if (t.language() != null && area != GoalArea.LANGUAGE) {
      misfit = "language";
    } else if (t.work() != null && area != GoalArea.WORK) {
      misfit = "work";
    } else if (t.recognition() != null && area != GoalArea.RECOGNITION) {
      misfit = "recognition";
    } else if (t.housing() != null && area != GoalArea.HOUSING) {
      misfit = "housing";
    } else if (t.education() != null
        && area != GoalArea.SCHOOL && area != GoalArea.VOCATIONAL_TRAINING_OR_STUDY
        && area != GoalArea.CHILDREN_AND_FAMILY) {
      misfit = "education";
    } else if (t.residence() != null && area != GoalArea.SECURING_RESIDENCE) {
      misfit = "residence";
    } else if (t.naturalisation() != null && area != GoalArea.NATURALISATION) {
      misfit = "naturalisation";
    } else if (t.finances() != null && area != GoalArea.FINANCES) {
      misfit = "finances";
    }
    if (misfit == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("target")
        .addPropertyNode(misfit)
        .addConstraintViolation();
    return false;
  }
}
