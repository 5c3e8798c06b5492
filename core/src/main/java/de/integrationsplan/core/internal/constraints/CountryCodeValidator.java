package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates {@link CountryCode}: membership in ISO 3166-1 alpha-2 as the JDK knows it, plus XK. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  /** ISO 3166-1 alpha-2 codes, and XK (Kosovo), which German authorities use. */
  static final Set<String> COUNTRIES;

  static {
    Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.add("XK");
    COUNTRIES = Set.copyOf(codes);
  }

  /** The extra values of a nationality. */
  static final Set<String> NATIONALITY_EXTRAS = Set.of("STATELESS", "UNKNOWN");

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
    return COUNTRIES.contains(value) || (nationality && NATIONALITY_EXTRAS.contains(value));
  }
}
