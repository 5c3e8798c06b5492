package de.integrationsplan.core.validation;

import java.util.Objects;

/**
 * The catalogue's entry for one code, in one language: what a caseworker or a developer reads to
 * understand a finding and to put it right. {@link Codes#explain} gives it; the command line's
 * {@code integrationsplan explain CODE}, the rules of its SARIF output and {@code docs/codes.md} are
 * made from it. The examples are the catalogue's own, never a submitted value.
 *
 * @param code the stable code, such as {@code plan.goal.dueBeforeAgreement}
 * @param message the code's message, placeholders for limits written {@code …}
 * @param meaning what the rule means
 * @param anchor its legal or practical anchor: a paragraph or standard, or "practical" with the reason
 * @param fault an example of the fault
 * @param fix the example put right
 */
public record CodeExplanation(String code, String message, String meaning, String anchor, String fault, String fix) {

  /**
   * Canonical constructor; every part is required.
   *
   * @param code the stable code, such as {@code plan.goal.dueBeforeAgreement}
   * @param message the code's message, placeholders for limits written {@code …}
   * @param meaning what the rule means
   * @param anchor its legal or practical anchor: a paragraph or standard, or "practical" with the reason
   * @param fault an example of the fault
   * @param fix the example put right
   */
  public CodeExplanation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(fix, "fix");
  }
}
