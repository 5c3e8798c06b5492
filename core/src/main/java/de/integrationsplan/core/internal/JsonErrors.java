package de.integrationsplan.core.internal;

import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.validation.TextLocation;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns Jackson's exceptions into {@link PlanFormatException}s with our codes. Jackson's own
 * messages can quote the document, so only their kind is used, never their text in a message.
 */
public final class JsonErrors {

  private JsonErrors() {}

  /**
   * Translates a Jackson exception.
   *
   * @param e the exception
   * @param locale the language of the message
   * @return the exception to throw
   */
  public static PlanFormatException translate(JacksonException e, Locale locale) {
    // the parser's faults are about the document, not a place in the plan (and its path may name
    // submitted content), so they carry no pointer
    String pointer = "";
    TextLocation location = location(e.getLocation());
    String code;
    if (e instanceof StreamConstraintsException) {
      code = limitCode(String.valueOf(e.getOriginalMessage()));
    } else if (e instanceof UnexpectedEndOfInputException) {
      code = "json.truncated";
    } else if (e instanceof InputCoercionException) {
      code = "json.syntax";
    } else if (e instanceof JacksonIOException && e.getCause() instanceof Utf8Check.InvalidUtf8 bad) {
      return encoding(bad, locale);
    } else if (e instanceof JacksonIOException) {
      code = "json.io";
    } else if (e instanceof StreamReadException) {
      String original = String.valueOf(e.getOriginalMessage());
      if (original.startsWith("Duplicate Object property")) {
        code = "json.duplicateKey";
      } else if (original.startsWith("Invalid UTF-8") || original.contains("Invalid UTF-8")) {
        code = "json.encoding";
      } else {
        code = "json.syntax";
      }
    } else {
      code = "json.syntax";
    }
    return new PlanFormatException(code, pointer, location, Messages.render(code, locale, Map.of()));
  }

  /**
   * The fault of a stream that cannot be read.
   *
   * @param locale the language of the message
   * @return the exception to throw
   */
  public static PlanFormatException io(Locale locale) {
    return new PlanFormatException("json.io", "", null, Messages.render("json.io", locale, Map.of()));
  }

  /**
   * The fault of bytes that are not strict UTF-8.
   *
   * @param bad where the fault is
   * @param locale the language of the message
   * @return the exception to throw
   */
  public static PlanFormatException encoding(Utf8Check.InvalidUtf8 bad, Locale locale) {
    return new PlanFormatException("json.encoding", "", new TextLocation(bad.line(), bad.column()),
        Messages.render("json.encoding", locale, Map.of()));
  }

  /**
   * The fault of an empty document.
   *
   * @param locale the language of the message
   * @return the exception to throw
   */
  public static PlanFormatException empty(Locale locale) {
    return new PlanFormatException("json.empty", "", null, Messages.render("json.empty", locale, Map.of()));
  }

  /**
   * The fault of content after the plan.
   *
   * @param where where the content starts
   * @param locale the language of the message
   * @return the exception to throw
   */
  public static PlanFormatException trailing(@Nullable TokenStreamLocation where, Locale locale) {
    return new PlanFormatException("json.trailingContent", "", location(where),
        Messages.render("json.trailingContent", locale, Map.of()));
  }

  private static String limitCode(String message) {
    if (message.startsWith("Document nesting depth")) {
      return "json.limit.depth";
    }
    if (message.startsWith("Document length")) {
      return "json.limit.documentSize";
    }
    if (message.startsWith("String value length")) {
      return "json.limit.stringLength";
    }
    if (message.startsWith("Number value length")) {
      return "json.limit.numberLength";
    }
    if (message.startsWith("Name length") || message.contains("name length")) {
      return "json.limit.nameLength";
    }
    if (message.startsWith("Token count")) {
      return "json.limit.tokens";
    }
    return "json.limit.other";
  }

  private static @Nullable TextLocation location(@Nullable TokenStreamLocation loc) {
    if (loc == null || loc.getLineNr() < 1 || loc.getColumnNr() < 1) {
      return null;
    }
    return new TextLocation(loc.getLineNr(), loc.getColumnNr());
  }
}
