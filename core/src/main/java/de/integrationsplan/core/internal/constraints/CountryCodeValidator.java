package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link CountryCode}: membership in {@link CodeLists#countries()}. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  private boolean nationality;

  /** For the validation provider. */
  public CountryCodeValidator() {}

  @Override
  public void initialize(CountryCode annotation) {
    nationality = annotation.nationality();
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return CodeLists.countries().contains(value)
        || (nationality && CodeLists.NATIONALITY_EXTRAS.contains(value));
  }
}
