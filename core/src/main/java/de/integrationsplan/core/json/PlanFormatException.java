package de.integrationsplan.core.json;

import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.TextLocation;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document cannot be read as an integration plan: it is not JSON, breaks a limit, repeats a
 * key, or breaks the structure the schema states (an unknown property, a value of the wrong type,
 * a missing required one, a code that is not in its list, ...).
 *
 * <p>{@link #issues()} holds every fault the reader found in its one pass; {@link #code()},
 * {@link #pointer()}, {@link #location()} and the message are those of the first. The message is
 * localized and never contains the submitted value; the exception has no cause, so that no parser
 * message with document content reaches a log.
 */
public final class PlanFormatException extends RuntimeException {

  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** Every fault the reader found, in the order found; part of the serialized form. */
  private final List<ValidationIssue> issues;

  /**
   * Creates the exception for one fault found while reading.
   *
   * @param code the stable code, such as {@code json.syntax}
   * @param pointer the JSON Pointer to the place, as far as known
   * @param location the place in the text, if known
   * @param message the localized message, without document content
   */
  public PlanFormatException(String code, String pointer, @Nullable TextLocation location, String message) {
    this(List.of(new ValidationIssue(Severity.ERROR, Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(pointer, "pointer"), IssueSource.PARSER, Objects.requireNonNull(message, "message"),
        location)));
  }

  /**
   * Creates the exception for the faults the reader found.
   *
   * @param issues the faults, at least one
   */
  public PlanFormatException(List<ValidationIssue> issues) {
    super(first(issues).message(), null, false, false);
    this.issues = List.copyOf(issues);
  }

  private static ValidationIssue first(List<ValidationIssue> issues) {
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one issue");
    }
    return issues.get(0);
  }

  /**
   * The stable code of the first fault.
   *
   * @return the code, such as {@code json.syntax} or {@code schema.additionalProperties}
   */
  public String code() {
    return issues.get(0).code();
  }

  /**
   * The JSON Pointer of the first fault.
   *
   * @return the pointer; the empty string for the whole document
   */
  public String pointer() {
    return issues.get(0).pointer();
  }

  /**
   * The place in the text of the first fault.
   *
   * @return the line and column, or {@code null} when not known
   */
  public @Nullable TextLocation location() {
    return issues.get(0).location();
  }

  /**
   * Every fault found, in document order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /**
   * The first fault as a validation issue.
   *
   * @return the issue
   */
  public ValidationIssue toIssue() {
    return issues.get(0);
  }
}
