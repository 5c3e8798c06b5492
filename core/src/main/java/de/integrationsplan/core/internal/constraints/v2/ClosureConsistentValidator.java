package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.Closure;
import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Measure;
import de.integrationsplan.core.model.v2.MeasureStatus;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.Review;
import de.integrationsplan.core.validation.constraints.ClosureConsistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ClosureConsistent}. The reasons are codes of the list {@code closure-reason};
 * a reason the rule does not know fits either status.
 */
public final class ClosureConsistentValidator implements ConstraintValidator<ClosureConsistent, IntegrationPlan> {

  /** Reasons of a regular end only: the plan is completed, not closed. */
  static final Set<String> COMPLETED_ONLY = Set.of("GOALS_ACHIEVED");

  /** Reasons of an early end only: the plan is closed, not completed. */
  static final Set<String> CLOSED_ONLY =
      Set.of("MOVED_AWAY", "MOVED_AWAY_HANDED_OVER", "CONSENT_WITHDRAWN", "CONTACT_LOST", "DEPARTED", "DECEASED");

  /** The reason of a closure after a move whose plan went to the receiving municipality. */
  static final String HANDED_OVER = "MOVED_AWAY_HANDED_OVER";

  /** For the validation provider. */
  public ClosureConsistentValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null || plan.closure() == null
        || plan.status() != PlanStatus.COMPLETED && plan.status() != PlanStatus.CLOSED) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    List<Goal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i).pursued()) {
        Violations.at(context, "plan.closure.openGoal", "goals", i, "status");
        valid = false;
      }
    }
    List<Measure> measures = plan.measures();
    for (int i = 0; i < measures.size(); i++) {
      MeasureStatus status = measures.get(i).status();
      if (status == MeasureStatus.PLANNED || status == MeasureStatus.NOT_STARTED
          || status == MeasureStatus.IN_PROGRESS) {
        Violations.at(context, "plan.closure.openMeasure", "measures", i, "status");
        valid = false;
      }
    }
    Closure closure = plan.closure();
    List<Review> reviews = plan.reviews();
    for (int i = 0; i < reviews.size(); i++) {
      if (reviews.get(i).date().isAfter(closure.closedOn())) {
        Violations.at(context, "plan.closure.reviewAfterClosure", "reviews", i, "date");
        valid = false;
      }
    }
    boolean misfit = plan.status() == PlanStatus.COMPLETED
        ? CLOSED_ONLY.contains(closure.reason())
        : COMPLETED_ONLY.contains(closure.reason());
    if (misfit) {
      context.buildConstraintViolationWithTemplate("{plan.closure.reasonMismatch}")
          .addPropertyNode("closure")
          .addPropertyNode("reason")
          .addConstraintViolation();
      valid = false;
    }
    // handed over after a move: to whom, and with the person's consent to hand the plan on
    if (HANDED_OVER.equals(closure.reason())) {
      if (closure.receivingMunicipalityKey() == null) {
        handover(context, "receivingMunicipalityKey");
        valid = false;
      }
      if (!Boolean.TRUE.equals(closure.handOverConsent())) {
        handover(context, "handOverConsent");
        valid = false;
      }
    }
    return valid;
  }

  private static void handover(ConstraintValidatorContext context, String property) {
    context.buildConstraintViolationWithTemplate("{plan.closure.handoverIncomplete}")
        .addPropertyNode("closure")
        .addPropertyNode(property)
        .addConstraintViolation();
  }
}
