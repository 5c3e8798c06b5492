package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.constraints.CodesValidAtTheirDates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link CodesValidAtTheirDates}: a coded value dated by its record names a code valid
 * at that date. Codes the library does not know are left to {@link CodesListedValidator}.
 */
public final class CodesValidAtTheirDatesValidator implements ConstraintValidator<CodesValidAtTheirDates, Plan> {

  /** For the validation provider. */
  public CodesValidAtTheirDatesValidator() {}

  @Override
  public boolean isValid(@Nullable Plan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    CodeListCatalogue catalogue = CodeListCatalogue.standard();
    boolean[] valid = {true};
    CodedValues.walk(plan, value -> {
      if (value.date() == null) {
        return;
      }
      CodeList list = catalogue.byId(value.list()).orElse(null);
      Code code = list == null ? null : list.code(value.code()).orElse(null);
      if (code != null && !code.validOn(value.date())) {
        CodedValues.report(context, "plan.code.notValidAt", value.path());
        valid[0] = false;
      }
    });
    return valid[0];
  }
}
