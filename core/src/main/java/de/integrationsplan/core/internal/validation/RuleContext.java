package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One validation of one plan: the findings so far, and the {@link ConstraintValidatorContext} that
 * our validators see, as Hibernate Validator's context behaves for them. Made per validation and used
 * by one thread; the compiled rules it runs are shared.
 *
 * <p>Nothing is allocated for findings until the first violation. A custom constraint is evaluated
 * as Hibernate Validator evaluates it: the violations a validator builds count only when it answers
 * {@code false}; then the default violation is added unless the validator disabled it, and disabling
 * it without building one is an error ({@link ValidationException}), as is any exception the
 * validator throws. Equal violations of one evaluation count once, as in Hibernate Validator's set.
 */
final class RuleContext implements ConstraintValidatorContext {

  /** The clock Hibernate Validator's default clock provider gives: the system's, in the default zone. */
  private static final ClockProvider SYSTEM_CLOCK = Clock::systemDefaultZone;

  private @Nullable ArrayList<Finding> findings;
  /** The custom constraint being evaluated, or {@code null} between evaluations. */
  private @Nullable Declaration evaluated;
  private boolean defaultDisabled;
  /** The nodes at the declaring place, shared by the evaluation's violation builders; made on demand. */
  private @Nullable List<ViolationBuilder.Node> base;

  /**
   * How many findings there are so far: a rule that hands a value to others remembers it, and
   * afterwards puts the value's place in front of the findings from there on.
   */
  int mark() {
    return findings == null ? 0 : findings.size();
  }

  /** Reports the default violation of a constraint, at the value it was given. */
  void report(Declaration declaration) {
    add(new Finding(declaration, declaration.template, "", null));
  }

  void add(Finding finding) {
    if (findings == null) {
      findings = new ArrayList<>();
    }
    findings.add(finding);
  }

  /**
   * The findings from {@code mark} on were made in the element {@code index} of a list: the element's
   * index goes in front, unless a class-level violation builder changed what the list node stands for.
   */
  void atIndex(int mark, int index) {
    List<Finding> all = findings;
    String token = "/" + index;
    for (int i = mark; i < all.size(); i++) {
      Finding f = all.get(i);
      f.pointer = (f.holder != null ? f.holder : token) + f.pointer;
      f.holder = null;
    }
  }

  /** The findings from {@code mark} on were made in the component whose pointer token is {@code token}. */
  void under(int mark, String token) {
    List<Finding> all = findings;
    for (int i = mark; i < all.size(); i++) {
      Finding f = all.get(i);
      f.pointer = token + (f.holder != null ? f.holder : "") + f.pointer;
      f.holder = null;
    }
  }

  /** Evaluates a custom constraint on {@code value}, as Hibernate Validator's constraint tree does. */
  void evaluate(ConstraintValidator<Annotation, Object> validator, Declaration declaration, @Nullable Object value) {
    int start = mark();
    evaluated = declaration;
    defaultDisabled = false;
    base = null;
    boolean valid;
    try {
      valid = validator.isValid(value, this);
    } catch (ConstraintDeclarationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ValidationException("Unexpected exception during isValid call of " + declaration + ".", e);
    } finally {
      evaluated = null;
    }
    if (valid) {
      truncate(start);
      return;
    }
    if (!defaultDisabled) {
      add(base == null ? new Finding(declaration, declaration.template, "", null)
          : ViolationBuilder.atBase(declaration, base));
    } else if (mark() == start) {
      throw new ValidationException("At least one custom message must be created if the default error message"
          + " gets disabled: " + declaration + ".");
    }
    if (mark() - start > 1) {
      distinct(start);
    }
  }

  /**
   * The report: each finding with its stable code, its pointer, the severity of its constraint and
   * its message in the language of {@code locale}.
   */
  ValidationReport report(RecordView root, Locale locale) {
    if (findings == null) {
      return ValidationReport.empty();
    }
    List<ValidationIssue> issues = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String code = Codes.of(f.template);
      String pointer = f.holder != null ? f.holder + f.pointer : f.pointer;
      issues.add(new ValidationIssue(f.declaration.severity, code, pointer, IssueSource.RULE,
          FindingMessages.render(root, code, pointer, locale, f.declaration.arguments, null), null));
    }
    return new ValidationReport(issues);
  }

  @Override
  public void disableDefaultConstraintViolation() {
    defaultDisabled = true;
  }

  @Override
  public String getDefaultConstraintMessageTemplate() {
    return evaluating().template;
  }

  @Override
  public ClockProvider getClockProvider() {
    return SYSTEM_CLOCK;
  }

  @Override
  public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
    Declaration declaration = evaluating();
    if (base == null) {
      base = ViolationBuilder.base(declaration);
    }
    return ViolationBuilder.start(this, declaration, base, messageTemplate);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type == ConstraintValidatorContext.class) {
      return type.cast(this);
    }
    throw new ValidationException("Type " + type.getName() + " not supported for unwrapping.");
  }

  private Declaration evaluating() {
    Declaration d = evaluated;
    if (d == null) {
      throw new IllegalStateException("the context is used outside of isValid");
    }
    return d;
  }

  private void truncate(int size) {
    if (findings != null) {
      findings.subList(size, findings.size()).clear();
    }
  }

  /** Keeps the first of equal findings from {@code start} on. */
  private void distinct(int start) {
    List<Finding> all = findings;
    Set<String> seen = new HashSet<>();
    int kept = start;
    for (int i = start; i < all.size(); i++) {
      Finding f = all.get(i);
      if (seen.add(f.template + '\u0000' + f.holder + '\u0000' + f.pointer)) {
        all.set(kept++, f);
      }
    }
    truncate(kept);
  }
}
