package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.model.v2.Coding;
import de.integrationsplan.core.model.v2.Formats;
import de.integrationsplan.core.validation.constraints.EscoOccupation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link EscoOccupation}: reported at the coding's {@code code}. */
public final class EscoOccupationValidator implements ConstraintValidator<EscoOccupation, Coding> {

  /** For the validation provider. */
  public EscoOccupationValidator() {}

  @Override
  public boolean isValid(@Nullable Coding value, ConstraintValidatorContext context) {
    if (value == null || !Coding.ESCO.equals(value.system())
        || value.code().startsWith(Formats.ESCO_OCCUPATION_PREFIX)
            && value.code().length() > Formats.ESCO_OCCUPATION_PREFIX.length()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("code")
        .addConstraintViolation();
    return false;
  }
}
