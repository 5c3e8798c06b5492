package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.PlanStatus;
import de.integrationsplan.core.model.v2.ResidenceStatus;
import de.integrationsplan.core.validation.constraints.ResidenceCurrent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Validates {@link ResidenceCurrent}, by the plan's own day ({@link PlanDay}). */
public final class ResidenceCurrentValidator implements ConstraintValidator<ResidenceCurrent, IntegrationPlan> {

  /** For the validation provider. */
  public ResidenceCurrentValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null || plan.status() != PlanStatus.ACTIVE) {
      return true;
    }
    ResidenceStatus residence = plan.person().residence();
    if (residence == null || residence.validUntil() == null) {
      return true;
    }
    LocalDate day = PlanDay.of(plan);
    if (!residence.validUntil().isBefore(day)
        || residence.fictionCertificate() != null && residence.fictionCertificate().validOn(day)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("person")
        .addPropertyNode("residence")
        .addPropertyNode("validUntil")
        .addConstraintViolation();
    return false;
  }
}
