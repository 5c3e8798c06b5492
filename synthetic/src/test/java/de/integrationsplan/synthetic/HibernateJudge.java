package de.integrationsplan.synthetic;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.constraints.Severities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;

/**
 * Hibernate Validator as the judge of the rule engine: its violations of a plan turned into issues
 * exactly as {@code PlanValidator} turned them into its report before the engine reported by itself
 * (code from the message template, message arguments from the constraint's attributes, severity from
 * the payload, pointer by {@code Pointers.of}, message by {@code FindingMessages}, consequences linked
 * by {@code Consequences}, as the engine's report has them). The core's code mapping, pointers and messages are
 * internals, which this module's tests reach by reflection on the class path.
 */
final class HibernateJudge {

  private static final Validator HV = Validation.byProvider(HibernateValidator.class).configure()
      .messageInterpolator(new TemplateOnly()).buildValidatorFactory().getValidator();

  /** Issues in an order that does not depend on the order they were found in. */
  static final Comparator<ValidationIssue> ORDER = Comparator.comparing(ValidationIssue::toString);

  private static final Method CODE = method("de.integrationsplan.core.internal.validation.Codes", "of", String.class);
  private static final Method POINTER = method("de.integrationsplan.core.internal.Pointers", "of", Path.class);
  private static final Class<?> RECORD_VIEW = type("de.integrationsplan.core.internal.model.RecordView");
  private static final Method ROOT = method("de.integrationsplan.core.internal.model.ModelView", "root", Class.class);
  private static final Method MESSAGE = method("de.integrationsplan.core.internal.FindingMessages", "render",
      RECORD_VIEW, String.class, String.class, Locale.class, Map.class, Object.class);
  private static final Method LINK = method("de.integrationsplan.core.internal.validation.Consequences", "link",
      Plan.class, List.class, Locale.class);

  private HibernateJudge() {}

  /** Hibernate Validator's issues, sorted by {@link #ORDER}; throws when Hibernate Validator throws. */
  static List<ValidationIssue> issues(Object plan, Locale locale) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (ConstraintViolation<Object> v : HV.validate(plan)) {
      issues.add(issue(v, locale));
    }
    // the engine's report links consequences to their causes after the walk; so does the judge's
    @SuppressWarnings("unchecked")
    List<ValidationIssue> linked = plan instanceof Plan p
        ? new ArrayList<>((List<ValidationIssue>) call(LINK, p, issues, locale)) : issues;
    linked.sort(ORDER);
    return linked;
  }

  /** A sorted copy, to compare with {@link #issues}. */
  static List<ValidationIssue> sorted(List<ValidationIssue> issues) {
    List<ValidationIssue> copy = new ArrayList<>(issues);
    copy.sort(ORDER);
    return copy;
  }

  private static ValidationIssue issue(ConstraintViolation<?> v, Locale locale) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    String code = (String) call(CODE, v.getMessageTemplate());
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
    String pointer = (String) call(POINTER, v.getPropertyPath());
    return new ValidationIssue(severity, code, pointer, IssueSource.RULE,
        (String) call(MESSAGE, call(ROOT, v.getRootBeanClass()), code, pointer, locale, args, null), null);
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static Method method(String type, String name, Class<?>... parameters) {
    try {
      return Class.forName(type).getMethod(name, parameters);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static Object call(Method method, Object... args) {
    try {
      return method.invoke(null, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** No expression language here: templates stay as they are. */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }
}
