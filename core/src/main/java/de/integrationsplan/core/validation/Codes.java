package de.integrationsplan.core.validation;

import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vocabulary of findings: every stable code the library reports, with its German and English
 * message. One fault has one code whichever part of the library finds it: a structural fault is
 * named after the JSON Schema keyword that states the constraint ({@code schema.required},
 * {@code schema.additionalProperties}, {@code schema.type}, {@code schema.enum},
 * {@code schema.pattern}, {@code schema.format}, {@code schema.minLength}, ...), whether the
 * library's reader or networknt's schema validator finds it, and shares keyword and pointer with
 * what ajv reports; faults no schema can see have {@code json.*} codes (syntax, repeated keys,
 * encoding, limits, content after the plan); the rules have {@code plan.*} and {@code value.*}.
 *
 * <p>For programs that report findings of their own in the same words, such as a schema validator
 * of another vendor's choosing:
 *
 * <pre>{@code
 * String message = Codes.message("schema.maxLength", Locale.GERMAN, Map.of("limit", 2000));
 * }</pre>
 */
public final class Codes {

  private Codes() {}

  /**
   * Every code with a message in both languages.
   *
   * @return the codes, sorted
   */
  public static Set<String> all() {
    Set<String> codes = new TreeSet<>(Messages.germanCodes());
    codes.retainAll(Messages.englishCodes());
    return java.util.Collections.unmodifiableSet(codes);
  }

  /**
   * Whether a code is part of the vocabulary.
   *
   * @param code a code
   * @return {@code true} when it has a message in both languages
   */
  public static boolean isKnown(String code) {
    return Messages.has(Objects.requireNonNull(code, "code"));
  }

  /**
   * The message of a code: English for an English locale, German for every other.
   *
   * @param code a known code
   * @param locale the locale
   * @param arguments values for the message's placeholders, such as {@code limit}; never a
   *     submitted value
   * @return the message
   * @throws IllegalArgumentException if the code is not known
   */
  public static String message(String code, Locale locale, Map<String, ?> arguments) {
    return Messages.render(Objects.requireNonNull(code, "code"), Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(arguments, "arguments"));
  }

  /**
   * The message of a finding as the library's own findings have it: the code's message after the
   * place the pointer names, in the model's labels and counted from 1
   * ({@code "Maßnahme 2 › Ziele der Maßnahme, Eintrag 1: ..."}), followed by what the model expects
   * there, with an example or the allowed codes. For those who report findings of their own (a
   * schema validator, a form) in the same words as {@link PlanValidator}.
   *
   * @param code a known code
   * @param pointer the JSON Pointer of the finding in a plan; {@code ""} for the whole plan
   * @param locale the locale: English for an English one, German for every other
   * @param arguments values for the message's placeholders, such as {@code limit}; never a
   *     submitted value
   * @return the message; it holds no submitted value
   * @throws IllegalArgumentException if the code is not known
   */
  public static String message(String code, String pointer, Locale locale, Map<String, ?> arguments) {
    return FindingMessages.render(Objects.requireNonNull(code, "code"), Objects.requireNonNull(pointer, "pointer"),
        Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(arguments, "arguments"), null);
  }
}
