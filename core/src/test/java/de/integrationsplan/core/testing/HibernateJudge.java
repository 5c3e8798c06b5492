package de.integrationsplan.core.testing;

import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.validation.Codes;
import de.integrationsplan.core.internal.validation.Consequences;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.constraints.Severities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hibernate Validator as the judge of the rule engine: its violations of a bean turned into issues
 * exactly as {@code PlanValidator} turned them into its report before the engine reported by itself
 * (code from the message template, message arguments from the constraint's attributes, severity
 * from the payload, pointer by {@code Pointers.of}, message by {@code FindingMessages}), with
 * consequences linked to their causes by {@code Consequences}, as the engine's report has them.
 */
public final class HibernateJudge {

  private static final Validator VALIDATOR = validator();

  /** Issues in an order that does not depend on the order they were found in. */
  public static final Comparator<ValidationIssue> ORDER = Comparator.comparing(ValidationIssue::toString);

  private HibernateJudge() {}

  /**
   * Hibernate Validator's issues of a bean, sorted by {@link #ORDER}.
   *
   * @param bean a record of the model
   * @param locale the language of the messages
   * @return the issues
   * @throws jakarta.validation.ValidationException when a validator fails
   */
  public static List<ValidationIssue> issues(Object bean, Locale locale) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      issues.add(issue(v, locale));
    }
    // the engine's report links consequences to their causes after the walk; so does the judge's
    List<ValidationIssue> linked = bean instanceof IntegrationPlan plan ? new ArrayList<>(Consequences.link(plan, issues, locale)) : issues;
    linked.sort(ORDER);
    return linked;
  }

  /**
   * Issues sorted by {@link #ORDER}, to compare with {@link #issues}.
   *
   * @param issues the engine's issues
   * @return a sorted copy
   */
  public static List<ValidationIssue> sorted(List<ValidationIssue> issues) {
    List<ValidationIssue> copy = new ArrayList<>(issues);
    copy.sort(ORDER);
    return copy;
  }

  /**
   * Hibernate Validator, found as the default provider: on the module path the core's tests read
   * only Jakarta Validation's API, not the provider's module.
   *
   * @return a validator that leaves message templates as they are
   */
  public static Validator validator() {
    Validator validator = Validation.byDefaultProvider().configure().messageInterpolator(new TemplateOnly())
        .buildValidatorFactory().getValidator();
    if (!validator.getClass().getName().startsWith("org.hibernate.validator.")) {
      throw new IllegalStateException("the judge is Hibernate Validator, not " + validator.getClass().getName());
    }
    return validator;
  }

  private static ValidationIssue issue(ConstraintViolation<?> v, Locale locale) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    String code = Codes.of(v.getMessageTemplate());
    Map<String, Object> args = new HashMap<>(d.getAttributes());
    args.remove("message");
    args.remove("groups");
    args.remove("payload");
    Severity severity = Severity.ERROR;
    if (d.getPayload().contains(Severities.Warning.class)) {
      severity = Severity.WARNING;
    } else if (d.getPayload().contains(Severities.Info.class)) {
      severity = Severity.INFO;
    }
    String pointer = Pointers.of(v.getPropertyPath());
    return new ValidationIssue(severity, code, pointer, IssueSource.RULE,
        FindingMessages.render(de.integrationsplan.core.internal.model.ModelView.root(v.getRootBeanClass()), code, pointer, locale, args, null), null);
  }
}
