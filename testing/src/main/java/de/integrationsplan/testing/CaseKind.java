package de.integrationsplan.testing;

import java.util.Locale;

/**
 * The kinds of case in the {@link ConformanceCorpus}: what the document is, and so what a complete
 * validator and a validator of the schema alone must say of it. A case's name starts with its
 * kind in lower case ({@code structural-unknown-property-at-top-level}).
 */
public enum CaseKind {

  /** A valid plan: no finding at all, not even a warning; the schema accepts it. */
  VALID,

  /**
   * A structural fault, one the published JSON Schema states (or, with a {@code json.*} code, one
   * the reader finds in a well-formed document, such as a repeated key): {@code schema.*} or
   * {@code json.*} findings at the expected pointers; a schema validator reports each of them,
   * among others.
   */
  STRUCTURAL,

  /**
   * A fault of the rules between values (a due date before the agreement, a measure for a goal
   * that is not there): {@code plan.*} or {@code value.*} findings, at least one of them an error;
   * the schema accepts the document.
   */
  RULE,

  /**
   * A document that the library's strict reader rejects before any schema applies (not JSON, a
   * repeated key, invalid UTF-8, a limit): exactly one {@code json.*} finding. Schema validators are
   * not judged on these, since their JSON parsers may be lenient ({@code JSON.parse} keeps the last
   * of two repeated keys).
   */
  PARSER;

  /**
   * The kind of a name in the corpus's expectations ({@code "valid"}, {@code "structural"}, ...).
   *
   * @param name the kind in lower case
   * @return the kind
   * @throws IllegalArgumentException if no kind has the name
   */
  static CaseKind named(String name) {
    for (CaseKind kind : values()) {
      if (kind.label().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no kind of case is named \"" + name + "\"");
  }

  /** The kind as the corpus's files spell it, in lower case. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
