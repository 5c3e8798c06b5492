package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.model.Coding;
import de.integrationsplan.core.validation.constraints.ValidCoding;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidCoding}: the code's form for the known classifications. */
public final class ValidCodingValidator implements ConstraintValidator<ValidCoding, Coding> {

  /** Code patterns by system. */
  public static final Map<String, String> CODE_PATTERNS = Map.of(
      Coding.KLDB_2010, "^[0-9]{5}$",
      Coding.ISCO_08, "^[0-9]{1,4}$",
      Coding.ISCED_F_2013, "^[0-9]{2,4}$",
      Coding.ESCO, "^http://data\\.europa\\.eu/esco/[a-z-]+/[A-Za-z0-9._/-]+$");

  private static final Map<String, Pattern> COMPILED = Map.of(
      Coding.KLDB_2010, Pattern.compile(CODE_PATTERNS.get(Coding.KLDB_2010)),
      Coding.ISCO_08, Pattern.compile(CODE_PATTERNS.get(Coding.ISCO_08)),
      Coding.ISCED_F_2013, Pattern.compile(CODE_PATTERNS.get(Coding.ISCED_F_2013)),
      Coding.ESCO, Pattern.compile(CODE_PATTERNS.get(Coding.ESCO)));

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
