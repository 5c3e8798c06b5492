package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.Messages;

/**
 * The stable code of a finding, from its message template: our own constraints' templates are their
 * codes in braces ({@code {plan.goal.dueBeforeAgreement}}) and stay as they are; the built-in
 * constraints of Bean Validation get codes of their own ({@code @NotBlank} is {@code value.blank});
 * a template without a message is {@code value.invalid}.
 */
public final class Codes {

  private static final String BUILT_IN = "jakarta.validation.constraints.";

  private Codes() {}

  /**
   * The code of a message template.
   *
   * @param template the template, such as {@code {plan.idFormat}}
   * @return the code
   */
  public static String of(String template) {
    String key = template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1) : template;
    if (key.startsWith(BUILT_IN) && key.endsWith(".message")) {
      return switch (key.substring(BUILT_IN.length(), key.length() - ".message".length())) {
        case "NotNull" -> "value.required";
        case "NotBlank" -> "value.blank";
        case "NotEmpty" -> "value.empty";
        case "Size" -> "value.size";
        case "Pattern" -> "value.pattern";
        case "Min" -> "value.min";
        case "Max" -> "value.max";
        case "Past" -> "value.past";
        case "PastOrPresent" -> "value.pastOrPresent";
        default -> "value.invalid";
      };
    }
    return Messages.has(key) ? key : "value.invalid";
  }
}
