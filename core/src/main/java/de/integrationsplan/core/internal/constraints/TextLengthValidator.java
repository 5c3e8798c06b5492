package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link TextLength}: the number of code points, without normalisation. */
public final class TextLengthValidator implements ConstraintValidator<TextLength, CharSequence> {

  private int min;
  private int max = Integer.MAX_VALUE;

  /** For the validation provider. */
  public TextLengthValidator() {}

  @Override
  public void initialize(TextLength annotation) {
    if (annotation.min() < 0 || annotation.max() < annotation.min()) {
      throw new IllegalArgumentException("@TextLength needs 0 <= min <= max, not min = " + annotation.min()
          + ", max = " + annotation.max());
    }
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int units = value.length();
    // a code point is one or two UTF-16 units: ceil(units / 2) <= code points <= units
    if (units < min) {
      return false;
    }
    if (units <= max && (units + 1) / 2 >= min) {
      return true;
    }
    int length = Character.codePointCount(value, 0, units);
    return length >= min && length <= max;
  }
}
