package de.integrationsplan.core.validation;

import de.integrationsplan.core.model.Plan;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating one plan: valid when no issue is an {@link Severity#ERROR}.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.create().validate(json);
 * if (!report.isValid()) {
 *   report.errors().forEach(issue -> System.out.println(issue.pointer() + " " + issue.message()));
 * }
 * }</pre>
 *
 * <p>A report on a document also carries the plan the document was read into, whenever it could be
 * read (its structure is sound), so that embedding code reads and validates a document once:
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(bytes);
 * if (report.isValid()) {
 *   report.plan(IntegrationPlan.class).ifPresent(plan -> store(plan));
 * }
 * }</pre>
 *
 * <p>The plan is in the model of the major version the document names ({@code model.v1} for
 * format 1.x); {@link #plan(Class)} gives it when it is of the version asked for.
 *
 * @param issues the findings, ordered by pointer, then code
 * @param plan the plan the document was read into, or that was validated; {@code null} when the
 *     document could not be read as a plan
 */
public record ValidationReport(List<ValidationIssue> issues, @Nullable Plan plan) {

  private static final Comparator<ValidationIssue> ORDER = Comparator
      .comparing(ValidationIssue::pointer)
      .thenComparing(ValidationIssue::code)
      .thenComparing(ValidationIssue::severity);

  /**
   * Canonical constructor; sorts and copies the issues.
   *
   * @param issues the findings, ordered by pointer, then code
   * @param plan the plan the document was read into, or that was validated; {@code null} when the
   *         document could not be read as a plan
   */
  public ValidationReport {
    issues = issues.isEmpty() ? List.of() : issues.stream().map(Objects::requireNonNull).sorted(ORDER).toList();
  }

  /** The one empty report: a valid plan's, so that validating one allocates no report of its own. */
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /**
   * A report without findings.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * A report of findings without a plan.
   *
   * @param issues the findings
   */
  public ValidationReport(List<ValidationIssue> issues) {
    this(issues, null);
  }

  /**
   * The same findings about the given plan.
   *
   * @param plan the plan
   * @return a report with the plan
   */
  public ValidationReport withPlan(@Nullable Plan plan) {
    return new ValidationReport(issues, plan);
  }

  /**
   * The plan, when there is one and it is of the major version asked for.
   *
   * @param <T> the plan type of that version
   * @param version the plan type, such as {@code model.v1.IntegrationPlan}
   * @return the plan, or empty when the document could not be read or is of another version
   */
  public <T extends Plan> Optional<T> plan(Class<T> version) {
    Objects.requireNonNull(version, "version");
    return version.isInstance(plan) ? Optional.of(version.cast(plan)) : Optional.empty();
  }

  /**
   * Whether the plan is valid.
   *
   * @return {@code true} when no issue is an error
   */
  public boolean isValid() {
    return issues.stream().noneMatch(ValidationIssue::isError);
  }

  /**
   * The errors.
   *
   * @return the issues of severity {@link Severity#ERROR}
   */
  public List<ValidationIssue> errors() {
    return issues.stream().filter(ValidationIssue::isError).toList();
  }

  /**
   * The warnings.
   *
   * @return the issues of severity {@link Severity#WARNING}
   */
  public List<ValidationIssue> warnings() {
    return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
  }

  /**
   * The issues that most likely follow from {@code cause}: those whose {@link ValidationIssue#cause()}
   * is its code and pointer. Fixing the cause usually removes them too.
   *
   * @param cause an issue of this report
   * @return its consequences, in report order; empty for most issues
   */
  public List<ValidationIssue> consequencesOf(ValidationIssue cause) {
    Objects.requireNonNull(cause, "cause");
    return issues.stream().filter(i -> i.cause() != null && i.cause().is(cause)).toList();
  }

  /**
   * The distinct codes of all issues.
   *
   * @return the codes, sorted
   */
  public Set<String> codes() {
    return issues.stream().map(ValidationIssue::code)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * Whether an issue with {@code code} was found.
   *
   * @param code a stable code
   * @return {@code true} if one was
   */
  public boolean has(String code) {
    return issues.stream().anyMatch(i -> i.code().equals(code));
  }

  /**
   * A report holding this report's issues and {@code other}'s.
   *
   * @param other another report on the same plan
   * @return the merged report
   */
  public ValidationReport merge(ValidationReport other) {
    return new ValidationReport(
        java.util.stream.Stream.concat(issues.stream(), other.issues.stream()).toList(), plan != null ? plan : other.plan);
  }

  @Override
  public String toString() {
    return "ValidationReport[valid=" + isValid() + ", errors=" + errors().size()
        + ", warnings=" + warnings().size() + "]";
  }
}
