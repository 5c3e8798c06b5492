package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.LanguageCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link LanguageCode}: a two- or three-letter primary language subtag in lower case,
 * optionally followed by BCP 47 subtags that {@link Locale.Builder} accepts as well-formed.
 */
public final class LanguageCodeValidator implements ConstraintValidator<LanguageCode, String> {

  /** The published pattern: primary subtag, then script, region or variant subtags. */
  public static final String PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  /** For the validation provider. */
  public LanguageCodeValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (value.length() > 35 || !COMPILED.matcher(value).matches()) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(value);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
