package de.integrationsplan.core.privacy;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.model.v1.Achievement;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.MeasureKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables of the {@link Statistics}: each has categories (the enum constants or codes it counts
 * by) and a {@link #TOTAL} category; the three goal tables share their total, the number of goals.
 * The categories are those of both formats, so that plans of 1.x and 2.x are counted in one table:
 * format 1.x's first, in its order, then what format 2.x adds (the goal areas
 * {@code SECURING_RESIDENCE}, {@code NATURALISATION} and {@code FINANCES}; the codes of the code list
 * {@code measure-kind} that are not constants of 1.x's {@link MeasureKind}, in the list's order).
 */
public enum StatisticsTable {
  /** Plans active at the <em>Stichtag</em>; only the total. */
  PLANS("plans", List.of()),
  /** Persons with an active plan, distinct by pseudonym; only the total. */
  PERSONS("persons", List.of()),
  /** Goals of the active plans by {@link GoalArea}, and the areas of format 2.x. */
  GOALS_BY_AREA("goalsByArea", union(names(GoalArea.values()),
      names(de.integrationsplan.core.model.v2.GoalArea.values()))),
  /** Goals of the active plans by lifecycle {@link GoalStatus}. */
  GOALS_BY_STATUS("goalsByStatus", names(GoalStatus.values())),
  /** Goals of the active plans by {@link Achievement}, and {@link #NOT_RECORDED} where none is recorded. */
  GOALS_BY_ACHIEVEMENT("goalsByAchievement", with(names(Achievement.values()), StatisticsTable.NOT_RECORDED)),
  /** Measures of the active plans by {@link MeasureKind}, and the codes of the list {@code measure-kind}. */
  MEASURES_BY_KIND("measuresByKind", union(names(MeasureKind.values()), measureKindCodes()));

  /** The category of a table's total: {@value}. */
  public static final String TOTAL = "TOTAL";

  /** The category of goals without a recorded achievement: {@value}. */
  public static final String NOT_RECORDED = "NOT_RECORDED";

  private final String wireName;
  private final List<String> categories;

  StatisticsTable(String wireName, List<String> parts) {
    this.wireName = wireName;
    this.categories = with(parts, TOTAL);
  }

  /**
   * The name in CSV and JSON.
   *
   * @return for example {@code goalsByArea}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The categories, the parts first and {@link #TOTAL} last.
   *
   * @return the categories, unmodifiable
   */
  public List<String> categories() {
    return categories;
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v.name());
    }
    return List.copyOf(out);
  }

  private static List<String> union(List<String> first, List<String> then) {
    Set<String> out = new LinkedHashSet<>(first);
    out.addAll(then);
    return List.copyOf(out);
  }

  private static List<String> measureKindCodes() {
    List<String> out = new ArrayList<>();
    for (Code code : CodeListCatalogue.standard().byId("measure-kind")
        .orElseThrow(() -> new IllegalStateException("the code list measure-kind is missing")).codes()) {
      out.add(code.code());
    }
    return out;
  }

  private static List<String> with(List<String> list, String last) {
    List<String> out = new ArrayList<>(list);
    out.add(last);
    return List.copyOf(out);
  }
}
