package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.PresentCount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link PresentCount}. */
public final class PresentCountValidator implements ConstraintValidator<PresentCount, Record> {

  private String[] components = {};
  private int min;
  private int max;

  /** For the validation provider. */
  public PresentCountValidator() {}

  @Override
  public void initialize(PresentCount annotation) {
    components = annotation.components().clone();
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int present = 0;
    for (String component : components) {
      if (RecordComponents.present(RecordComponents.read(value, component))) {
        present++;
      }
    }
    return present >= min && present <= max;
  }
}
