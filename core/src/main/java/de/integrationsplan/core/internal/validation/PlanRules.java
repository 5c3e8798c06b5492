package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.ValidationReport;
import java.util.Locale;

/**
 * The rules of the plan: every constraint of the model, compiled once, on first use, from the
 * model's annotations by {@link RuleCompiler}, and checked in one walk over the plan that reports
 * every violation itself. A model with a constraint the compiler cannot decide fails that first use
 * with an {@link ExceptionInInitializerError} (and the build, by the completeness test).
 *
 * <p>The report is the one Hibernate Validator's violations give for the same plan, issue for issue:
 * the same codes, JSON Pointers, severities and messages; the tests compare the two on generated and
 * mutated plans. Thread-safe.
 */
public final class PlanRules {

  private PlanRules() {}

  /**
   * Validates a plan against every rule.
   *
   * @param plan the plan
   * @param locale the language of the messages: English for {@code en}, German otherwise
   * @return the report; the empty report when the plan satisfies every rule
   * @throws jakarta.validation.ValidationException if a validator fails, as Hibernate Validator would
   */
  public static ValidationReport validate(IntegrationPlan plan, Locale locale) {
    RuleContext context = new RuleContext();
    Compiled.RULES.check(plan, context);
    return linked(plan, context.report(locale), locale);
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
  public static ValidationReport validateRead(IntegrationPlan plan, Locale locale) {
    RuleContext context = new RuleContext();
    AfterReading.RULES.check(plan, context);
    return linked(plan, context.report(locale), locale);
  }

  /** The report with each consequence linked to its cause ({@link Consequences}). */
  private static ValidationReport linked(IntegrationPlan plan, ValidationReport report, Locale locale) {
    if (report.issues().isEmpty()) {
      return report;
    }
    java.util.List<de.integrationsplan.core.validation.ValidationIssue> linked =
        Consequences.link(plan, report.issues(), locale);
    return linked == report.issues() ? report : new ValidationReport(linked);
  }

  /** The rules for plans the reader bound, compiled on first use apart from the full ones. */
  private static final class AfterReading {
    static final RecordRules RULES = RuleCompiler.compile(IntegrationPlan.class, true).root();
  }

  /** Compiles on first use; the class initialiser makes it thread-safe and publishes it. */
  private static final class Compiled {
    static final RecordRules RULES = RuleCompiler.compile(IntegrationPlan.class).root();
  }
}
