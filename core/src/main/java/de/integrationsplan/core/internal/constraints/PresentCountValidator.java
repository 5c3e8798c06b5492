package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.PresentCount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link PresentCount}. */
public final class PresentCountValidator implements ConstraintValidator<PresentCount, Record> {

  private RecordComponents.Component[] components = {};
  private int min;
  private int max;

  /** For the validation provider. */
  public PresentCountValidator() {}

  @Override
  public void initialize(PresentCount annotation) {
    String[] names = annotation.components();
    components = new RecordComponents.Component[names.length];
    for (int i = 0; i < names.length; i++) {
      components[i] = new RecordComponents.Component(names[i]);
    }
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int present = 0;
    for (RecordComponents.Component component : components) {
      if (RecordComponents.present(component.read(value))) {
        present++;
      }
    }
    return present >= min && present <= max;
  }
}
