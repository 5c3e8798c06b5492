package de.integrationsplan.core.validation;

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
}
