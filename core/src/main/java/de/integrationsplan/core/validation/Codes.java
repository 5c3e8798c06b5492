package de.integrationsplan.core.validation;

import de.integrationsplan.core.internal.json.DocumentReader;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.Catalogue;
import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.Suggestions;
import java.util.List;
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
 *
 * <p>Every code has an entry in the catalogue ({@link #explain}): what the rule means, its legal or
 * practical anchor, an example of the fault and of the fix, in German and English.
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
   * schema validator, a form) in the same words as {@link PlanValidator}. The place is named in the
   * newest major version of the format; {@link #message(String, String, String, Locale, Map)} names
   * it in another.
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
    return message(code, newestVersion(), pointer, locale, arguments);
  }

  /**
   * The message of a finding in a plan of a given version of the format, as
   * {@link #message(String, String, Locale, Map)} gives it for the newest: the place is named in
   * the labels of that version's model.
   *
   * @param code a known code
   * @param schemaVersion the plan's {@code schemaVersion}, such as {@code 1.0}; a version this
   *     library does not know is taken as the newest
   * @param pointer the JSON Pointer of the finding in the plan; {@code ""} for the whole plan
   * @param locale the locale: English for an English one, German for every other
   * @param arguments values for the message's placeholders; never a submitted value
   * @return the message; it holds no submitted value
   * @throws IllegalArgumentException if the code is not known
   */
  public static String message(String code, String schemaVersion, String pointer, Locale locale,
      Map<String, ?> arguments) {
    RecordView root = ModelView.of(DocumentReader.rootOf(Objects.requireNonNull(schemaVersion, "schemaVersion")));
    return FindingMessages.render(root, Objects.requireNonNull(code, "code"), Objects.requireNonNull(pointer, "pointer"),
        Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(arguments, "arguments"), null);
  }

  private static String newestVersion() {
    return ModelView.major(ModelView.newestRoot()) + ".0";
  }

  /**
   * The known codes nearest to a mistyped one, for a tool that answers "did you mean": by edit
   * distance to the whole code or, for a name without dots, to a code's last part
   * ({@code dueBeforeAgreement} finds {@code plan.goal.dueBeforeAgreement}); failing that, the codes
   * that begin with what was typed ({@code plan.goal}).
   *
   * @param typed what was typed
   * @return up to three codes, nearest first, or up to eight that begin with it; empty when none is near
   */
  public static List<String> nearest(String typed) {
    return Suggestions.nearestCodes(Objects.requireNonNull(typed, "typed"), all());
  }

  /**
   * The catalogue's entry for a code: what the rule means, its anchor, an example of the fault and
   * of the fix, in English for an English locale and German for every other.
   *
   * <pre>{@code
   * CodeExplanation entry = Codes.explain("plan.goal.dueBeforeAgreement", Locale.GERMAN);
   * }</pre>
   *
   * @param code a known code
   * @param locale the locale
   * @return the entry
   * @throws IllegalArgumentException if the code is not known
   */
  public static CodeExplanation explain(String code, Locale locale) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(locale, "locale");
    if (!isKnown(code)) {
      throw new IllegalArgumentException("unknown code " + code);
    }
    String message = Messages.render(code, locale, Map.of()).replaceAll("\\{[A-Za-z]+}", "…");
    return new CodeExplanation(code, message, part(code, Catalogue.Part.MEANING, locale),
        part(code, Catalogue.Part.ANCHOR, locale), part(code, Catalogue.Part.FAULT, locale),
        part(code, Catalogue.Part.FIX, locale));
  }

  private static String part(String code, Catalogue.Part part, Locale locale) {
    String text = Catalogue.part(code, part, locale);
    if (text == null) {
      // the catalogue test fails first; a code without an entry is a fault of the build
      throw new IllegalStateException("no " + part.suffix() + " in the catalogue for " + code);
    }
    return text;
  }
}
