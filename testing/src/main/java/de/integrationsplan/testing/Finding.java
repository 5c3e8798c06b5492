package de.integrationsplan.testing;

import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One finding as validators are compared: the stable code, the JSON Pointer of the place and the
 * severity, without the message (which is for people and differs by language and vendor).
 *
 * <p>The codes are the library's vocabulary ({@link de.integrationsplan.core.validation.Codes}):
 * {@code schema.<keyword>} for a fault the JSON Schema states, named after its keyword
 * ({@code schema.required}, {@code schema.pattern}, ...), {@code json.*} for what no schema can see
 * (syntax, repeated keys, encoding, limits), and {@code plan.*} and {@code value.*} for the rules
 * between values. The first two are {@linkplain #isStructural() structural}. The pointer is RFC
 * 6901 syntax; for a missing or an unknown property it is that property ({@code /person/pseudonym}),
 * as networknt and ajv report it.
 *
 * @param code the stable code, such as {@code schema.required}
 * @param pointer the JSON Pointer to the place; the empty string is the whole document
 * @param severity how serious it is; structural findings are errors
 */
public record Finding(String code, String pointer, Severity severity) implements Comparable<Finding> {

  /** RFC 6901: empty, or reference tokens after "/" in which "~" is only "~0" or "~1". */
  private static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)*");

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pointer)
      .thenComparing(Finding::code).thenComparing(Finding::severity);

  /**
   * Checks the finding.
   *
   * @param code the stable code
   * @param pointer the JSON Pointer to the place
   * @param severity how serious it is
   * @throws IllegalArgumentException if the code is blank or the pointer is not RFC 6901 syntax
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(severity, "severity");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code is blank");
    }
    if (!POINTER.matcher(pointer).matches()) {
      throw new IllegalArgumentException("pointer of " + code + " is not a JSON Pointer (RFC 6901)");
    }
  }

  /**
   * An error, the severity of every structural finding.
   *
   * @param code the stable code
   * @param pointer the JSON Pointer to the place
   * @return the finding
   */
  public static Finding error(String code, String pointer) {
    return new Finding(code, pointer, Severity.ERROR);
  }

  /**
   * The finding of one of the library's issues: its code, pointer and severity.
   *
   * @param issue an issue of a {@link de.integrationsplan.core.validation.ValidationReport}
   * @return the finding
   */
  public static Finding of(ValidationIssue issue) {
    Objects.requireNonNull(issue, "issue");
    return new Finding(issue.code(), issue.pointer(), issue.severity());
  }

  /**
   * Whether the finding is about the structure the schema states, or what the reader sees before
   * it: a {@code schema.*} or {@code json.*} code. The others are rules.
   *
   * @return {@code true} for a structural finding
   */
  public boolean isStructural() {
    return code.startsWith("schema.") || code.startsWith("json.");
  }

  /**
   * Orders by pointer, then code, then severity: the order of the document.
   *
   * @param other another finding
   * @return negative, zero or positive as this finding comes before, with or after the other
   */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /**
   * The finding in one line, {@code ERROR schema.required at "/person/pseudonym"}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return severity + " " + code + " at \"" + pointer + "\"";
  }
}
