package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.Suggestions;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Links a finding to the finding it follows from, so that one mistake reads as one root with its
 * consequences: a measure that names a goal id that does not exist ({@code plan.measure.unknownGoal})
 * usually meant a goal whose id was mistyped or changed, and that goal is then left without a
 * measure ({@code plan.goal.withoutMeasure}). The goal's finding gets the reference's code and
 * pointer as its {@link ValidationIssue#cause() cause}, and says so in its message.
 *
 * <p>The two are linked when they are the only such pair, or when the goal's id is a typing error
 * or two away from the id the measure names. Applied to the rule engine's findings, after the
 * walk; nothing is done for a plan without both kinds of finding.
 */
public final class Consequences {

  static final String UNKNOWN_GOAL = "plan.measure.unknownGoal";
  static final String WITHOUT_MEASURE = "plan.goal.withoutMeasure";

  private Consequences() {}

  /**
   * The findings, each consequence with its cause.
   *
   * @param plan the plan the findings are about
   * @param issues the rule engine's findings
   * @param locale the language of the messages
   * @return the findings, linked; {@code issues} itself when nothing is linked
   */
  public static List<ValidationIssue> link(IntegrationPlan plan, List<ValidationIssue> issues, Locale locale) {
    List<ValidationIssue> references = new ArrayList<>();
    int orphans = 0;
    for (ValidationIssue issue : issues) {
      if (issue.code().equals(UNKNOWN_GOAL) && referencedId(plan, issue.pointer()) != null) {
        references.add(issue);
      } else if (issue.code().equals(WITHOUT_MEASURE) && goalId(plan, issue.pointer()) != null) {
        orphans++;
      }
    }
    if (references.isEmpty() || orphans == 0) {
      return issues;
    }
    boolean onlyPair = references.size() == 1 && orphans == 1;
    List<ValidationIssue> linked = new ArrayList<>(issues.size());
    for (ValidationIssue issue : issues) {
      String goal = issue.code().equals(WITHOUT_MEASURE) && issue.cause() == null ? goalId(plan, issue.pointer()) : null;
      ValidationIssue cause = goal == null ? null : nearest(plan, goal, references, onlyPair);
      linked.add(cause == null ? issue : new ValidationIssue(issue.severity(), issue.code(), issue.pointer(),
          issue.source(), issue.message() + " " + FindingMessages.consequence(
              FindingMessages.place(cause.pointer(), locale), locale),
          issue.location(), new ValidationIssue.Cause(cause.code(), cause.pointer())));
    }
    return linked;
  }

  private static @Nullable ValidationIssue nearest(IntegrationPlan plan, String goal, List<ValidationIssue> references,
      boolean onlyPair) {
    ValidationIssue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ValidationIssue reference : references) {
      String id = referencedId(plan, reference.pointer());
      int d = id == null ? Integer.MAX_VALUE : Suggestions.distance(goal, id);
      if (d < bestDistance) {
        best = reference;
        bestDistance = d;
      }
    }
    return onlyPair || bestDistance <= Math.max(1, Math.min(2, goal.length() / 3)) ? best : null;
  }

  /** The goal id at {@code /measures/m/goalIds/k}. */
  private static @Nullable String referencedId(IntegrationPlan plan, String pointer) {
    String[] t = Pointers.tokens(pointer);
    if (t.length != 4 || !t[0].equals("measures") || !t[2].equals("goalIds")) {
      return null;
    }
    int m = Pointers.index(t[1]);
    int k = Pointers.index(t[3]);
    if (m < 0 || m >= plan.measures().size()) {
      return null;
    }
    Measure measure = plan.measures().get(m);
    return k < 0 || k >= measure.goalIds().size() ? null : measure.goalIds().get(k);
  }

  /** The id of the goal at {@code /goals/i}. */
  private static @Nullable String goalId(IntegrationPlan plan, String pointer) {
    String[] t = Pointers.tokens(pointer);
    if (t.length != 2 || !t[0].equals("goals")) {
      return null;
    }
    int i = Pointers.index(t[1]);
    return i < 0 || i >= plan.goals().size() ? null : plan.goals().get(i).id();
  }
}
