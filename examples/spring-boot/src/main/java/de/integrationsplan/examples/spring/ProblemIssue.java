package de.integrationsplan.examples.spring;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.integrationsplan.core.validation.TextLocation;
import de.integrationsplan.core.validation.ValidationIssue;
import org.jspecify.annotations.Nullable;

/**
 * One member of a problem detail's {@code issues}: a {@link ValidationIssue} as the library made it.
 * Line and column are there only for faults found while reading the JSON text.
 *
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param code the stable code, e.g. {@code plan.goal.dueBeforeAgreement}
 * @param pointer the JSON Pointer (RFC 6901) to the place
 * @param source {@code PARSER}, {@code SCHEMA} or {@code RULE}
 * @param message the message in the request's language; it never holds a submitted value
 * @param line the line in the JSON text, or absent
 * @param column the column in the JSON text, or absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProblemIssue(
    String severity,
    String code,
    String pointer,
    String source,
    String message,
    @Nullable Integer line,
    @Nullable Integer column) {

  static ProblemIssue of(ValidationIssue issue) {
    TextLocation at = issue.location();
    return new ProblemIssue(issue.severity().name(), issue.code(), issue.pointer(), issue.source().name(),
        issue.message(), at == null ? null : at.line(), at == null ? null : at.column());
  }
}
