package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.Coding;
import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.ValidCoding;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidCoding} on the records of format 2: the code's form for the known classifications. */
public final class ValidCodingValidator implements ConstraintValidator<ValidCoding, Coding> {

  private static final Map<String, Pattern> COMPILED = CodeLists.knownSystems().stream()
      .collect(Collectors.toUnmodifiableMap(s -> s, s -> Pattern.compile(CodeLists.codePattern(s).orElseThrow())));

  /** For the validation provider. */
  public ValidCodingValidator() {}

  @Override
  public boolean isValid(@Nullable Coding value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Pattern pattern = COMPILED.get(value.system());
    if (pattern == null || pattern.matcher(value.code()).matches()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Violations.at(context, "plan.coding.invalidCode", "code");
    return false;
  }
}
