package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.SubstantialText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link SubstantialText}: counts words, runs of letters or digits, up to the minimum. */
public final class SubstantialTextValidator implements ConstraintValidator<SubstantialText, CharSequence> {

  private int minWords = 1;

  /** For the validation provider. */
  public SubstantialTextValidator() {}

  @Override
  public void initialize(SubstantialText annotation) {
    if (annotation.minWords() < 1) {
      throw new IllegalArgumentException("@SubstantialText needs minWords >= 1, not " + annotation.minWords());
    }
    minWords = annotation.minWords();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < value.length(); ) {
      int cp = Character.codePointAt(value, i);
      boolean part = Character.isLetterOrDigit(cp);
      if (part && !inWord && ++words >= minWords) {
        return true;
      }
      inWord = part;
      i += Character.charCount(cp);
    }
    return false;
  }
}
