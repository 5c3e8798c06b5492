package de.integrationsplan.core.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding about a plan.
 *
 * <p>The {@link #code()} is stable across releases and meant for programs
 * ({@code plan.goal.dueBeforeAgreement}); the {@link #message()} is for people, in German or
 * English, and never contains the submitted value, because that is personal data. The
 * {@link #pointer()} is a JSON Pointer (RFC 6901) to the place in the document, the same whichever
 * check found it: {@code /goals/2/dueDate}; the empty string is the whole document. Pointers count
 * array elements from 0; messages name the place in words and count from 1 ("Ziel 3 › Zieldatum").
 *
 * <p>A finding that most likely follows from another carries that one's code and pointer as its
 * {@link #cause()}: a measure that names a goal id that does not exist
 * ({@code plan.measure.unknownGoal}) is the cause, and the goal that is then left without a measure
 * ({@code plan.goal.withoutMeasure}) its consequence. Fix the cause first;
 * {@link ValidationReport#consequencesOf} lists what follows from a finding.
 *
 * @param severity how serious it is
 * @param code the stable code
 * @param pointer the JSON Pointer to the place
 * @param source which check found it
 * @param message the localized message
 * @param location where in the JSON text, for findings made while reading it
 * @param cause the finding this one most likely follows from, or {@code null} for a root
 */
public record ValidationIssue(
    Severity severity,
    String code,
    String pointer,
    IssueSource source,
    String message,
    @Nullable TextLocation location,
    @Nullable Cause cause) {

  /**
   * Canonical constructor; all but {@code location} and {@code cause} are required.
   *
   * @param severity how serious it is
   * @param code the stable code
   * @param pointer the JSON Pointer to the place
   * @param source which check found it
   * @param message the localized message
   * @param location where in the JSON text, for findings made while reading it
   * @param cause the finding this one most likely follows from, or {@code null} for a root
   */
  public ValidationIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A finding that follows from no other.
   *
   * @param severity how serious it is
   * @param code the stable code
   * @param pointer the JSON Pointer to the place
   * @param source which check found it
   * @param message the localized message
   * @param location where in the JSON text, for findings made while reading it
   */
  public ValidationIssue(Severity severity, String code, String pointer, IssueSource source, String message,
      @Nullable TextLocation location) {
    this(severity, code, pointer, source, message, location, null);
  }

  /**
   * The finding a consequence follows from, by its code and pointer.
   *
   * @param code the cause's stable code
   * @param pointer the cause's JSON Pointer
   */
  public record Cause(String code, String pointer) {

    /**
     * Canonical constructor; both are required.
     *
     * @param code the cause's stable code
     * @param pointer the cause's JSON Pointer
     */
    public Cause {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Whether {@code issue} is this cause.
     *
     * @param issue a finding
     * @return {@code true} when its code and pointer are this cause's
     */
    public boolean is(ValidationIssue issue) {
      return code.equals(issue.code()) && pointer.equals(issue.pointer());
    }
  }

  /**
   * The same finding at a place in the JSON text.
   *
   * @param location the line and column
   * @return a copy with the location
   */
  public ValidationIssue at(@Nullable TextLocation location) {
    return new ValidationIssue(severity, code, pointer, source, message, location, cause);
  }

  /**
   * Whether this is an error.
   *
   * @return {@code true} for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The issue in one line, {@code ERROR /goals/0/dueDate plan.goal.dueBeforeAgreement: message}.
   *
   * @return a line for logs and consoles; it holds no submitted value
   */
  @Override
  public String toString() {
    String at = pointer.isEmpty() ? "/" : pointer;
    String loc = location == null ? "" : " (" + location.line() + ":" + location.column() + ")";
    String after = cause == null ? "" : " (cause: " + cause.code() + " at " + (cause.pointer().isEmpty() ? "/" : cause.pointer()) + ")";
    return severity + " " + at + loc + " " + code + ": " + message + after;
  }
}
