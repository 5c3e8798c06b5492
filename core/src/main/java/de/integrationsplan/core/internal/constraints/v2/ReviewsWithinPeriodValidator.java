package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.Review;
import de.integrationsplan.core.validation.constraints.ReviewsWithinPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link ReviewsWithinPeriod} on the records of format 2. */
public final class ReviewsWithinPeriodValidator
    implements ConstraintValidator<ReviewsWithinPeriod, IntegrationPlan> {

  /** For the validation provider. */
  public ReviewsWithinPeriodValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    List<Review> reviews = plan.reviews();
    for (int i = 0; i < reviews.size(); i++) {
      if (!plan.counsellingPeriod().contains(reviews.get(i).date())) {
        Violations.at(context, "plan.review.outsideCounsellingPeriod", "reviews", i, "date");
        valid = false;
      }
    }
    return valid;
  }
}
