package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Ids;
import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.HouseholdMember;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Measure;
import de.integrationsplan.core.model.v2.Qualification;
import de.integrationsplan.core.model.v2.Review;
import de.integrationsplan.core.validation.constraints.ReferencesResolve;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ReferencesResolve} on the records of format 2: as in format 1, and the household
 * members that goals and measures are for ({@code plan.goal.unknownMember}, {@code plan.measure.unknownMember}).
 */
public final class ReferencesResolveValidator
    implements ConstraintValidator<ReferencesResolve, IntegrationPlan> {

  /** For the validation provider. */
  public ReferencesResolveValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    Ids goalIds = new Ids();
    for (Goal goal : plan.goals()) {
      goalIds.add(goal.id());
    }
    List<Measure> measures = plan.measures();
    for (int i = 0; i < measures.size(); i++) {
      List<String> refs = measures.get(i).goalIds();
      for (int j = 0; j < refs.size(); j++) {
        if (!goalIds.contains(refs.get(j))) {
          Violations.atElement(context, "plan.measure.unknownGoal", "measures", i, "goalIds", j);
          valid = false;
        }
      }
    }
    List<Review> reviews = plan.reviews();
    for (int i = 0; i < reviews.size(); i++) {
      var goalReviews = reviews.get(i).goalReviews();
      for (int j = 0; j < goalReviews.size(); j++) {
        if (!goalIds.contains(goalReviews.get(j).goalId())) {
          context.buildConstraintViolationWithTemplate("{plan.review.unknownGoal}")
              .addPropertyNode("reviews")
              .addPropertyNode("goalReviews").inIterable().atIndex(i)
              .addPropertyNode("goalId").inIterable().atIndex(j)
              .addConstraintViolation();
          valid = false;
        }
      }
    }
    Ids qualificationIds = new Ids();
    if (plan.competenceProfile() != null) {
      for (Qualification q : plan.competenceProfile().qualifications()) {
        qualificationIds.add(q.id());
      }
    }
    List<Goal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      var target = goals.get(i).target();
      if (target != null && target.recognition() != null
          && !qualificationIds.contains(target.recognition().qualificationId())) {
        Violations.at(context, "plan.goal.unknownQualification", "goals", i,
            "target", "recognition", "qualificationId");
        valid = false;
      }
    }
    Ids memberIds = new Ids();
    if (plan.person().household() != null) {
      for (HouseholdMember m : plan.person().household().members()) {
        memberIds.add(m.id());
      }
    }
    for (int i = 0; i < goals.size(); i++) {
      List<String> refs = goals.get(i).memberIds();
      for (int j = 0; j < refs.size(); j++) {
        if (!memberIds.contains(refs.get(j))) {
          Violations.atElement(context, "plan.goal.unknownMember", "goals", i, "memberIds", j);
          valid = false;
        }
      }
    }
    for (int i = 0; i < measures.size(); i++) {
      List<String> refs = measures.get(i).memberIds();
      for (int j = 0; j < refs.size(); j++) {
        if (!memberIds.contains(refs.get(j))) {
          Violations.atElement(context, "plan.measure.unknownMember", "measures", i, "memberIds", j);
          valid = false;
        }
      }
    }
    return valid;
  }
}
