package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.Suggestions;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.model.Plan;
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
 * walk; nothing is done for a plan without both kinds of finding. The ids are read through the
 * model view, so every version of the model whose plan has {@code goals} with an {@code id} and
 * {@code measures} with {@code goalIds} is linked alike.
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
  public static List<ValidationIssue> link(Plan plan, List<ValidationIssue> issues, Locale locale) {
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
              FindingMessages.place(ModelView.root(plan.getClass()), cause.pointer(), locale), locale),
          issue.location(), new ValidationIssue.Cause(cause.code(), cause.pointer())));
    }
    return linked;
  }

  private static @Nullable ValidationIssue nearest(Plan plan, String goal, List<ValidationIssue> references,
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
  private static @Nullable String referencedId(Plan plan, String pointer) {
    String[] t = Pointers.tokens(pointer);
    if (t.length != 4 || !t[0].equals("measures") || !t[2].equals("goalIds")) {
      return null;
    }
    Object measure = element(plan, "measures", Pointers.index(t[1]));
    if (measure == null) {
      return null;
    }
    Component goalIds = ModelView.of(measure.getClass()).component("goalIds");
    return goalIds == null ? null : text(element((List<?>) goalIds.read(measure), Pointers.index(t[3])));
  }

  /** The id of the goal at {@code /goals/i}. */
  private static @Nullable String goalId(Plan plan, String pointer) {
    String[] t = Pointers.tokens(pointer);
    if (t.length != 2 || !t[0].equals("goals")) {
      return null;
    }
    Object goal = element(plan, "goals", Pointers.index(t[1]));
    if (goal == null) {
      return null;
    }
    Component id = ModelView.of(goal.getClass()).component("id");
    return id == null ? null : text(id.read(goal));
  }

  /** The element at an index of one of the plan's lists, or {@code null}. */
  private static @Nullable Object element(Plan plan, String list, int index) {
    RecordView root = ModelView.of(plan.getClass());
    Component c = root.component(list);
    return c == null || !c.list() ? null : element((List<?>) c.read(plan), index);
  }

  private static @Nullable Object element(@Nullable List<?> list, int index) {
    return list == null || index < 0 || index >= list.size() ? null : list.get(index);
  }

  private static @Nullable String text(@Nullable Object value) {
    return value instanceof String s ? s : null;
  }
}
