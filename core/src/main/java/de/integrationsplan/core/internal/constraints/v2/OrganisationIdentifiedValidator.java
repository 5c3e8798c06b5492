package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.ResponsibleOrganisation;
import de.integrationsplan.core.validation.constraints.OrganisationIdentified;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link OrganisationIdentified}. */
public final class OrganisationIdentifiedValidator
    implements ConstraintValidator<OrganisationIdentified, ResponsibleOrganisation> {

  /** For the validation provider. */
  public OrganisationIdentifiedValidator() {}

  @Override
  public boolean isValid(@Nullable ResponsibleOrganisation value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String missing = switch (value.kind()) {
      case MUNICIPALITY -> value.municipalityKey() == null ? "municipalityKey" : null;
      case DISTRICT -> value.districtKey() == null ? "districtKey" : null;
      case PROVIDER -> value.name() == null ? "name" : null;
    };
    if (missing == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Violations.at(context, "plan.organisation.keyMissing", missing);
    return false;
  }
}
