package de.integrationsplan.core.internal.model;

import de.integrationsplan.core.internal.Messages;
import java.util.Locale;
import java.util.Map;

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
    static final Map<String, String> GERMAN = Messages.load(ModelTexts.class, "texts_de.properties");
    static final Map<String, String> ENGLISH = Messages.load(ModelTexts.class, "texts_en.properties");
  }

  /**
   * The text for a key in the language of the locale: English for {@code en}, German otherwise,
   * as the messages choose.
   *
   * @throws IllegalStateException if the model lacks the text, a model change without its texts
   */
  static String text(String key, Locale locale) {
    boolean english = Messages.isEnglish(locale);
    String text = (english ? Loaded.ENGLISH : Loaded.GERMAN).get(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("no " + (english ? "English" : "German") + " model text for " + key);
    }
    return text;
  }

}
