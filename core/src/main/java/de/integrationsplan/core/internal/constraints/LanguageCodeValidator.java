package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import de.integrationsplan.core.internal.TextPattern;
import org.jspecify.annotations.Nullable;

/** Validates {@link LanguageCode} by {@link CodeLists#LANGUAGE_TAG}, the pattern the schema publishes. */
public final class LanguageCodeValidator implements ConstraintValidator<LanguageCode, String> {

  private static final TextPattern PATTERN = TextPattern.compile(CodeLists.LANGUAGE_TAG);

  /** For the validation provider. */
  public LanguageCodeValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || value.length() <= CodeLists.LANGUAGE_TAG_MAX_LENGTH && PATTERN.matches(value);
  }
}
