package de.integrationsplan.testing;

import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a validator says of one document, in a form two validators can be compared in: its
 * findings as a set of (code, pointer, severity), split into the structural findings (what the
 * JSON Schema states and what the reader sees before it) and the rule findings (the rules between
 * values). Order and messages do not matter; a validator that reports one fault twice at one place
 * reports it once here.
 *
 * <p>Make one from the library's report with {@link #of(ValidationReport)}, or from your own
 * validator's findings with {@link #of(Collection)}; {@link #differencesFrom(Verdict)} says in
 * words where two verdicts differ:
 *
 * <pre>{@code
 * Verdict mine = Verdict.of(List.of(Finding.error("schema.required", "/person/pseudonym")));
 * List<String> differences = mine.differencesFrom(reference.verdict(document));
 * }</pre>
 *
 * @param structural the structural findings ({@code schema.*}, {@code json.*}), in the order of
 *     {@link Finding#compareTo}
 * @param rules the rule findings ({@code plan.*}, {@code value.*}), in the same order
 */
public record Verdict(Set<Finding> structural, Set<Finding> rules) {

  /**
   * Copies and checks the two sets.
   *
   * @param structural the structural findings
   * @param rules the rule findings
   * @throws IllegalArgumentException if a structural finding has a rule's code, or a rule finding
   *     a structural code
   */
  public Verdict {
    structural = sorted(structural, "structural");
    rules = sorted(rules, "rules");
    for (Finding f : structural) {
      if (!f.isStructural()) {
        throw new IllegalArgumentException("structural findings hold the rule finding " + f);
      }
    }
    for (Finding f : rules) {
      if (f.isStructural()) {
        throw new IllegalArgumentException("rule findings hold the structural finding " + f);
      }
    }
  }

  /**
   * The verdict of some findings, split by their codes ({@link Finding#isStructural()}).
   *
   * @param findings the findings, in any order, repeated or not
   * @return the verdict
   */
  public static Verdict of(Collection<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    List<Finding> structural = new ArrayList<>();
    List<Finding> rules = new ArrayList<>();
    for (Finding f : findings) {
      (Objects.requireNonNull(f, "finding").isStructural() ? structural : rules).add(f);
    }
    return new Verdict(Set.copyOf(structural), Set.copyOf(rules));
  }

  /**
   * The verdict of one of the library's reports: every issue as a {@link Finding}.
   *
   * @param report a report of {@link de.integrationsplan.core.validation.PlanValidator} or
   *     {@code SchemaValidator}
   * @return the verdict
   */
  public static Verdict of(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    List<Finding> findings = new ArrayList<>();
    for (ValidationIssue issue : report.issues()) {
      findings.add(Finding.of(issue));
    }
    return of(findings);
  }

  /**
   * Every finding, structural and rules, in the order of {@link Finding#compareTo}.
   *
   * @return the findings
   */
  public SortedSet<Finding> findings() {
    TreeSet<Finding> all = new TreeSet<>(structural);
    all.addAll(rules);
    return Collections.unmodifiableSortedSet(all);
  }

  /**
   * Whether the document is valid: no finding is an error (warnings and notes may remain).
   *
   * @return {@code true} when there is no error
   */
  public boolean isValid() {
    return findings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The structural half alone, as a validator of the schema alone gives it.
   *
   * @return the verdict without its rule findings
   */
  public Verdict withoutRules() {
    return new Verdict(structural, Set.of());
  }

  /**
   * Where this verdict differs from an expected one, one line a difference: {@code missing ERROR
   * schema.required at "/id"} for an expected finding this verdict lacks, {@code unexpected ...}
   * for one it has but should not.
   *
   * @param expected the verdict to compare with, such as the reference's
   * @return the differences, missing ones first; empty when the verdicts are equal
   */
  public List<String> differencesFrom(Verdict expected) {
    Objects.requireNonNull(expected, "expected");
    SortedSet<Finding> mine = findings();
    SortedSet<Finding> theirs = expected.findings();
    List<String> differences = new ArrayList<>();
    for (Finding f : theirs) {
      if (!mine.contains(f)) {
        differences.add("missing " + f);
      }
    }
    for (Finding f : mine) {
      if (!theirs.contains(f)) {
        differences.add("unexpected " + f);
      }
    }
    return differences;
  }

  /**
   * The verdict in one line: {@code no findings}, or the findings in order.
   *
   * @return the line
   */
  @Override
  public String toString() {
    SortedSet<Finding> all = findings();
    return all.isEmpty() ? "no findings" : all.toString();
  }

  private static Set<Finding> sorted(Set<Finding> findings, String name) {
    Objects.requireNonNull(findings, name);
    TreeSet<Finding> copy = new TreeSet<>();
    for (Finding f : findings) {
      copy.add(Objects.requireNonNull(f, name + " holds null"));
    }
    return Collections.unmodifiableSortedSet(copy);
  }
}
