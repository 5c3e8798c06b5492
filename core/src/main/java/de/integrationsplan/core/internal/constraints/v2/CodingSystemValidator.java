package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.Coding;
import de.integrationsplan.core.validation.constraints.CodingSystem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates {@link CodingSystem} on the records of format 2. */
public final class CodingSystemValidator implements ConstraintValidator<CodingSystem, Coding> {

  private Set<String> systems = Set.of();

  /** For the validation provider. */
  public CodingSystemValidator() {}

  @Override
  public void initialize(CodingSystem annotation) {
    systems = Set.of(annotation.value());
  }

  @Override
  public boolean isValid(@Nullable Coding value, ConstraintValidatorContext context) {
    if (value == null || systems.contains(value.system())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Violations.at(context, "plan.coding.unexpectedSystem", "system");
    return false;
  }
}
