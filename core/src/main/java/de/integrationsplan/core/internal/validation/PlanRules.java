package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.util.List;
import java.util.Locale;

/**
 * The rules of the plan: every constraint of the model, compiled once per major version of the
 * format, on first use, from that version's annotations by {@link RuleCompiler}, and checked in one
 * walk over the plan that reports every violation itself. A model with a constraint the compiler
 * cannot decide fails that first use with an {@link IllegalStateException} (and the build, by the
 * completeness test).
 *
 * <p>The report is the one Hibernate Validator's violations give for the same plan, issue for issue:
 * the same codes, JSON Pointers, severities and messages; the tests compare the two on generated and
 * mutated plans. Thread-safe.
 */
public final class PlanRules {

  private PlanRules() {}

  /** The full rules of each version's root, compiled on first use. */
  private static final ClassValue<RecordRules> FULL = new ClassValue<>() {
    @Override
    protected RecordRules computeValue(Class<?> root) {
      return RuleCompiler.compile(root).root();
    }
  };

  /** The rules for plans the reader bound, compiled on first use apart from the full ones. */
  private static final ClassValue<RecordRules> AFTER_READING = new ClassValue<>() {
    @Override
    protected RecordRules computeValue(Class<?> root) {
      return RuleCompiler.compile(root, true).root();
    }
  };

  /**
   * Validates a plan against every rule of its version.
   *
   * @param plan the plan
   * @param locale the language of the messages: English for {@code en}, German otherwise
   * @return the report; the empty report when the plan satisfies every rule
   * @throws jakarta.validation.ValidationException if a validator fails, as Hibernate Validator would
   */
  public static ValidationReport validate(Plan plan, Locale locale) {
    return check(FULL, plan, locale);
  }

  /**
   * Validates a plan the reader has bound: the same report as {@link #validate}, without checking
   * again the constraints the reader holds exactly (patterns, lengths, code lists, ranges, list
   * sizes), which such a plan cannot break.
   *
   * @param plan a plan read by the library's reader
   * @param locale the language of the messages
   * @return the report
   */
  public static ValidationReport validateRead(Plan plan, Locale locale) {
    return check(AFTER_READING, plan, locale);
  }

  private static ValidationReport check(ClassValue<RecordRules> rules, Plan plan, Locale locale) {
    RecordView root = ModelView.root(plan.getClass());
    RuleContext context = new RuleContext();
    rules.get(root.type()).check(plan, context);
    ValidationReport report = context.report(root, locale);
    if (report.issues().isEmpty()) {
      return report;
    }
    List<ValidationIssue> linked = Consequences.link(plan, report.issues(), locale);
    return linked == report.issues() ? report : new ValidationReport(linked);
  }
}
