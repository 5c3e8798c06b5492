package de.integrationsplan.core.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The German and English labels and descriptions of the model, from {@code texts_de.properties}
 * and {@code texts_en.properties} (UTF-8): the one source of the schema's texts and of the field
 * names in messages. Loaded on first use only, which is when a finding is rendered or the schema
 * generated: reading a valid plan never needs them.
 */
final class ModelTexts {

  private ModelTexts() {}

  /** Loaded on first use, as a holder, so that a view of the model costs no texts. */
  private static final class Loaded {
    static final Map<String, String> GERMAN = load("texts_de.properties");
    static final Map<String, String> ENGLISH = load("texts_en.properties");
  }

  /**
   * The text for a key in the language of the locale: English for {@code en}, German otherwise,
   * as the messages choose.
   *
   * @throws IllegalStateException if the model lacks the text, a model change without its texts
   */
  static String text(String key, Locale locale) {
    String text = ("en".equals(locale.getLanguage()) ? Loaded.ENGLISH : Loaded.GERMAN).get(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("no " + ("en".equals(locale.getLanguage()) ? "English" : "German")
          + " model text for " + key);
    }
    return text;
  }

  private static Map<String, String> load(String name) {
    try (InputStream in = ModelTexts.class.getResourceAsStream(name)) {
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
