package de.integrationsplan.core.internal;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.PresentCount;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a finding becomes text, for the reader, the rule engine and whoever renders a
 * report: the code's message from {@link Messages}, put after the place it concerns, named by the
 * model's labels and counted from 1 ("Maßnahme 5 › Ziele der Maßnahme, Eintrag 1"), and followed by
 * what is expected, with an example, taken from the constraint the model declares there (the
 * component's {@code @Pattern} message for a pattern, its kind for a type or format, its code list
 * for a code). Pointers stay 0-based and unchanged: they are for machines, the text is for people.
 *
 * <p>A message never holds a submitted value. Where a finding is about a code, the submitted text
 * may be handed in to choose the nearest allowed codes; it is compared, never written. Everything
 * here runs only when a finding is made.
 */
public final class FindingMessages {

  /** The hint of a {@code schema.type} finding whose value was JSON {@code null}. */
  public static final Object NULL_VALUE = new Object();

  /** More allowed codes than this are not listed; the nearest are suggested instead. */
  private static final int LISTED = 12;

  private FindingMessages() {}

  /** Loaded when the first finding is rendered. */
  private static final class Parts {
    static final Map<String, String> GERMAN = Messages.load(FindingMessages.class, "message-parts_de.properties");
    static final Map<String, String> ENGLISH = Messages.load(FindingMessages.class, "message-parts_en.properties");
  }

  /**
   * The message of a finding.
   *
   * @param root the root of the version of the model the plan follows
   * @param code the stable code
   * @param pointer the finding's JSON Pointer into the plan
   * @param locale English for {@code en}, German otherwise
   * @param arguments the constraint's attributes and limits for the code's placeholders
   * @param hint {@link #NULL_VALUE} for a {@code null} of the wrong type, the submitted text of a
   *     code that is not allowed or the name of an unknown property (compared with the allowed codes
   *     or names, never written), or {@code null}
   * @return the message
   */
  public static String render(RecordView root, String code, String pointer, Locale locale,
      Map<String, ?> arguments, @Nullable Object hint) {
    String message = Messages.render(code, locale, arguments);
    Place place = Place.of(root, pointer, locale);
    String expected = expected(code, place, locale, hint);
    if (!expected.isEmpty()) {
      message = message + " " + expected;
    }
    return place.text.isEmpty() ? message
        : part("place.message", locale, Map.of("place", place.text, "message", message));
  }

  /**
   * The place a pointer names, in words: "Ziel 3 › Zieldatum".
   *
   * @param root the root of the version of the model the plan follows
   * @param pointer a JSON Pointer into a plan
   * @param locale English for {@code en}, German otherwise
   * @return the place, or {@code ""} for the whole plan
   */
  public static String place(RecordView root, String pointer, Locale locale) {
    return Place.of(root, pointer, locale).text;
  }

  /**
   * The sentence that marks a finding as the likely consequence of another.
   *
   * @param cause the place of the cause, as {@link #place} gives it
   * @param locale English for {@code en}, German otherwise
   * @return the sentence
   */
  public static String consequence(String cause, Locale locale) {
    return part("consequence", locale, Map.of("cause", cause));
  }

  private static String expected(String code, Place place, Locale locale, @Nullable Object hint) {
    Component c = place.component;
    switch (code) {
      case "schema.type":
        if (hint == NULL_VALUE) {
          return part("expected.null", locale, Map.of());
        }
        if (c == null) {
          // the whole plan, which must be an object; elsewhere an unknown place says nothing more
          return place.text.isEmpty() && place.unknown == null ? part("expected.RECORD", locale, Map.of()) : "";
        }
        if (c.list() && !place.element) {
          return part("expected.list", locale, Map.of());
        }
        return c.kind() == ValueKind.ENUM ? part("expected.ENUM", locale, Map.of()) + " " + codes(c, locale, null)
            : part("expected." + c.kind().name(), locale, Map.of());
      case "schema.enum":
        if (c == null) {
          return "";
        }
        if (c.kind() == ValueKind.ENUM) {
          return codes(c, locale, hint instanceof String s ? s : null);
        }
        String country = constraintMessage(c, CountryCode.class, locale);
        String suggestion = hint instanceof String s ? suggestCountry(s, c, locale) : "";
        return (country + " " + suggestion).trim();
      case "schema.format":
      case "schema.pattern":
        if (c == null) {
          return "";
        }
        if (c.kind() != ValueKind.TEXT) {
          return part("expected." + c.kind().name(), locale, Map.of());
        }
        String pattern = constraintMessage(c, Pattern.class, locale);
        return pattern.isEmpty() ? constraintMessage(c, LanguageCode.class, locale) : pattern;
      case "schema.minItems":
        return c == null ? "" : constraintMessage(c, NotEmpty.class, locale);
      case "schema.minProperties":
      case "schema.maxProperties":
        return place.record == null ? "" : recordMessage(place.record, PresentCount.class, locale);
      case "schema.additionalProperties": {
        // the reader's pointer ends at the object and hands the name over; networknt's still names it
        String unknown = hint instanceof String name ? name : place.unknown;
        return place.record == null ? "" : properties(place.record, unknown, locale);
      }
      default:
        return "";
    }
  }

  /** All allowed codes of an enum where they are few; else the nearest to the submitted text, or the first. */
  private static String codes(Component c, Locale locale, @Nullable String submitted) {
    Object[] constants = c.valueType().getEnumConstants();
    List<String> names = new ArrayList<>(constants.length);
    List<String> labels = new ArrayList<>(constants.length);
    for (Object constant : constants) {
      names.add(((Enum<?>) constant).name());
      labels.add(label(ModelView.description((Enum<?>) constant, Locale.GERMAN)) + '\u0000'
          + label(ModelView.description((Enum<?>) constant, Locale.ENGLISH)));
    }
    List<String> near = submitted == null ? List.of() : Suggestions.nearest(submitted, names, labels);
    String suggestion = near.isEmpty() ? "" : " " + part("expected.suggestion", locale, Map.of("codes", or(near, locale)));
    if (names.size() <= LISTED) {
      return part("expected.allowed", locale, Map.of("codes", String.join(", ", names))) + suggestion;
    }
    if (!near.isEmpty()) {
      return suggestion.substring(1);
    }
    return part("expected.someOf", locale, Map.of("count", names.size(), "codes", String.join(", ", names.subList(0, 3))));
  }

  /** A country by its German or English name, or a code near the submitted text. */
  private static String suggestCountry(String submitted, Component c, Locale locale) {
    CountryCode annotation = c.annotation(CountryCode.class);
    List<String> codes = new ArrayList<>(CodeLists.countries());
    if (annotation != null && annotation.nationality()) {
      codes.addAll(CodeLists.NATIONALITY_EXTRAS);
    }
    List<String> names = new ArrayList<>(codes.size());
    for (String code : codes) {
      Locale country = new Locale("", code);
      names.add(country.getDisplayCountry(Locale.GERMAN) + '\u0000' + country.getDisplayCountry(Locale.ENGLISH));
    }
    List<String> near = Suggestions.nearest(submitted, codes, names);
    return near.isEmpty() ? "" : part("expected.suggestion", locale, Map.of("codes", or(near, locale)));
  }

  /** The property names a record has, or the nearest to an unknown one (when its name is at hand). */
  private static String properties(RecordView record, @Nullable String unknown, Locale locale) {
    List<String> names = new ArrayList<>();
    for (Component c : record.components()) {
      names.add(c.name());
    }
    List<String> near = unknown == null ? List.of() : Suggestions.nearest(unknown, names, List.of());
    if (!near.isEmpty()) {
      return part("expected.property", locale, Map.of("codes", near.get(0)));
    }
    return names.size() <= LISTED ? part("expected.properties", locale, Map.of("codes", String.join(", ", names))) : "";
  }

  /** The text before the first colon or full stop of a constant's description: its name in words. */
  private static String label(String description) {
    int end = description.length();
    for (char stop : new char[] {':', '.', ';', ','}) {
      int at = description.indexOf(stop);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    return description.substring(0, end).trim();
  }

  private static String or(List<String> codes, Locale locale) {
    return String.join(part("or", locale, Map.of()), codes);
  }

  /**
   * The message of the model's own constraint of that type on the component, when it has a message
   * of its own (such as {@code plan.organisation.agsFormat}); Bean Validation's generic templates
   * say nothing the structural message does not.
   */
  private static String constraintMessage(Component c, Class<? extends Annotation> type, Locale locale) {
    Annotation a = c.annotation(type);
    return a == null ? "" : ownMessage(a, locale);
  }

  private static String recordMessage(RecordView record, Class<? extends Annotation> type, Locale locale) {
    Annotation a = record.annotation(type);
    return a == null ? "" : ownMessage(a, locale);
  }

  private static String ownMessage(Annotation a, Locale locale) {
    String template;
    try {
      template = (String) a.annotationType().getMethod("message").invoke(a);
    } catch (ReflectiveOperationException e) {
      return "";
    }
    if (template.startsWith("{") && template.endsWith("}")) {
      String code = template.substring(1, template.length() - 1);
      if (!code.startsWith("jakarta.") && Messages.has(code) && !code.equals("value.size")) {
        return Messages.render(code, locale, Map.of());
      }
    }
    return "";
  }

  private static String part(String key, Locale locale, Map<String, ?> arguments) {
    String template = (Messages.isEnglish(locale) ? Parts.ENGLISH : Parts.GERMAN).get(key);
    if (template == null) {
      throw new IllegalArgumentException("no message part " + key);
    }
    String out = template;
    for (Map.Entry<String, ?> e : arguments.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
    }
    return out;
  }


  /**
   * A pointer read against the model: the words for it, the last component it reaches, whether it
   * ends at an element of a list, the last record it reaches, and the first name the record does
   * not have ({@code additionalProperties}: compared, never written).
   */
  private static final class Place {
    final String text;
    final @Nullable Component component;
    final boolean element;
    final @Nullable RecordView record;
    final @Nullable String unknown;

    private Place(String text, @Nullable Component component, boolean element, @Nullable RecordView record,
        @Nullable String unknown) {
      this.text = text;
      this.component = component;
      this.element = element;
      this.record = record;
      this.unknown = unknown;
    }

    static Place of(RecordView root, String pointer, Locale locale) {
      List<String> parts = new ArrayList<>();
      // the record whose properties the next token names; null at a value or a list not yet indexed
      RecordView container = root;
      Component component = null;
      boolean element = false;
      String unknown = null;
      for (String token : Pointers.tokens(pointer)) {
        if (container != null) {
          Component next = container.component(token);
          if (next == null) {
            unknown = token;
            component = null;
            break;
          }
          component = next;
          element = false;
          parts.add(next.label(locale));
          container = !next.list() && next.kind() == ValueKind.RECORD ? next.record() : null;
        } else if (component != null && component.list() && !element) {
          int index = Pointers.index(token);
          if (index < 0) {
            break;
          }
          element = true;
          if (component.kind() == ValueKind.RECORD) {
            container = component.record();
            parts.set(parts.size() - 1, part("place.element", locale,
                Map.of("label", container.label(locale), "n", index + 1)));
          } else {
            parts.set(parts.size() - 1, part("place.entry", locale,
                Map.of("label", component.label(locale), "n", index + 1)));
          }
        } else {
          break; // inside an extension's value: the value is named, not its inside
        }
      }
      return new Place(String.join(part("place.separator", locale, Map.of()), parts), component, element,
          container, unknown);
    }
  }
}
