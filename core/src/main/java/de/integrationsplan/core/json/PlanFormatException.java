package de.integrationsplan.core.json;

import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.TextLocation;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document cannot be read as an integration plan: it is not JSON, breaks a limit, repeats a
 * key, has an unknown property, a value of the wrong type, or lacks a required one.
 *
 * <p>The message is localized and never contains the submitted value; the exception has no cause,
 * so that no parser message with document content reaches a log.
 */
public final class PlanFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String pointer;
  private final @Nullable TextLocation location;

  /**
   * Creates the exception.
   *
   * @param code the stable code, such as {@code json.syntax}
   * @param pointer the JSON Pointer to the place, as far as known
   * @param location the place in the text, if known
   * @param message the localized message
   */
  public PlanFormatException(String code, String pointer, @Nullable TextLocation location, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.location = location;
  }

  /**
   * The stable code.
   *
   * @return the code, such as {@code json.unknownProperty}
   */
  public String code() {
    return code;
  }

  /**
   * The JSON Pointer to the place of the fault.
   *
   * @return the pointer, the empty string for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The place in the text.
   *
   * @return the line and column, or {@code null} when unknown
   */
  public @Nullable TextLocation location() {
    return location;
  }

  /**
   * This fault as an issue of a validation report.
   *
   * @return an error from the parser
   */
  public ValidationIssue toIssue() {
    return new ValidationIssue(Severity.ERROR, code, pointer, IssueSource.PARSER, getMessage(), location);
  }
}
