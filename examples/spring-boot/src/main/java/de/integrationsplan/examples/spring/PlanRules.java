package de.integrationsplan.examples.spring;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;

/**
 * What {@code @Valid} runs for a {@link Plan} of any version: the library's {@code PlanValidator},
 * that is every Bean Validation constraint of that version's model, rendered as the library's report.
 *
 * <p>Spring's own Bean Validation adapter would see warnings (a goal without a measure yet) as
 * errors and lose the library's codes and JSON Pointers. Here a plan is rejected only for issues of
 * severity {@code ERROR}; then every issue of the report, warnings included, becomes one
 * {@link ObjectError} that carries the {@link ValidationIssue} itself ({@link ObjectError#unwrap}),
 * so that {@link PlanProblemHandler} answers with the report exactly as the library made it.
 */
final class PlanRules implements Validator {

  private final PlanValidators validators;

  PlanRules(PlanValidators validators) {
    this.validators = validators;
  }

  @Override
  public boolean supports(Class<?> type) {
    return Plan.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    ValidationReport report = validators.current().validate((Plan) target);
    if (report.isValid()) {
      return;
    }
    for (ValidationIssue issue : report.issues()) {
      ObjectError error = new ObjectError(errors.getObjectName(), new String[] {issue.code()}, null,
          issue.message());
      error.wrap(issue);
      if (errors instanceof BindingResult result) {
        result.addError(error);
      } else {
        errors.reject(issue.code(), issue.message());
      }
    }
  }
}
