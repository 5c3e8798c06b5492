package de.integrationsplan.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The German and English messages of every stable code, from {@code messages_de.properties} and
 * {@code messages_en.properties} (UTF-8). Placeholders {@code {name}} take constraint attributes and
 * limits, never a submitted value.
 */
public final class Messages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Map<String, String> GERMAN = load(Messages.class, "messages_de.properties");
  private static final Map<String, String> ENGLISH = load(Messages.class, "messages_en.properties");

  private Messages() {}

  /**
   * Whether English is chosen for {@code locale}; every other language gets German.
   *
   * @param locale the requested locale
   * @return {@code true} for English
   */
  public static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /**
   * The message for {@code code} in the language of {@code locale}.
   *
   * @param code a stable code
   * @param locale the locale; English for {@code en}, German otherwise
   * @param arguments values for the placeholders
   * @return the message
   * @throws IllegalArgumentException if the code has no message
   */
  public static String render(String code, Locale locale, Map<String, ?> arguments) {
    String template = (isEnglish(locale) ? ENGLISH : GERMAN).get(code);
    if (template == null) {
      throw new IllegalArgumentException("no message for code " + code);
    }
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = arguments.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Whether a message exists for {@code code}.
   *
   * @param code a code
   * @return {@code true} if both languages have it
   */
  public static boolean has(String code) {
    return GERMAN.containsKey(code) && ENGLISH.containsKey(code);
  }

  /**
   * All codes with a German message.
   *
   * @return the codes
   */
  public static Set<String> germanCodes() {
    return Collections.unmodifiableSet(GERMAN.keySet());
  }

  /**
   * All codes with an English message.
   *
   * @return the codes
   */
  public static Set<String> englishCodes() {
    return Collections.unmodifiableSet(ENGLISH.keySet());
  }

  /**
   * A UTF-8 properties file beside a class, as an unmodifiable map: the messages, the message
   * parts and the model's texts are all kept so.
   *
   * @param anchor the class whose package holds the file
   * @param name the file's name
   * @return the keys and texts
   * @throws IllegalStateException if the file is missing
   */
  public static Map<String, String> load(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
