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
 * check found it: {@code /goals/2/dueDate}; the empty string is the whole document.
 *
 * @param severity how serious it is
 * @param code the stable code
 * @param pointer the JSON Pointer to the place
 * @param source which check found it
 * @param message the localized message
 * @param location where in the JSON text, for findings made while reading it
 */
public record ValidationIssue(
    Severity severity,
    String code,
    String pointer,
    IssueSource source,
    String message,
    @Nullable TextLocation location) {

  /** Canonical constructor; all but {@code location} are required. */
  public ValidationIssue {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
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
    return severity + " " + at + loc + " " + code + ": " + message;
  }
}
