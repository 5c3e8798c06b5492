package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.validation.constraints.PresentCount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Validates {@link PresentCount}. */
public final class PresentCountValidator implements ConstraintValidator<PresentCount, Record> {

  private NamedComponent[] components = {};
  private int min;
  private int max;

  /** For the validation provider. */
  public PresentCountValidator() {}

  @Override
  public void initialize(PresentCount annotation) {
    String[] names = annotation.components();
    components = new NamedComponent[names.length];
    for (int i = 0; i < names.length; i++) {
      components[i] = new NamedComponent(names[i]);
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
    for (NamedComponent component : components) {
      if (present(component.read(value))) {
        present++;
      }
    }
    return present >= min && present <= max;
  }

  private static boolean present(@Nullable Object value) {
    return value != null && !(value instanceof Collection<?> c && c.isEmpty());
  }
}
