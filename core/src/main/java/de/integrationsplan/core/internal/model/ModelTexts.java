package de.integrationsplan.core.internal.model;

import de.integrationsplan.core.internal.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The German and English labels and descriptions of the model (UTF-8): the one source of the
 * schema's texts and of the field names in messages. Each major version has its own pair of files,
 * because one name (a goal, a recognition) may mean something else in another version:
 * {@code texts_de.properties}/{@code texts_en.properties} for 1.x beside this class,
 * {@code v2/texts_de.properties} and so on for later majors. Loaded on first use only, which is when
 * a finding is rendered or the schema generated: reading a valid plan never needs them.
 */
final class ModelTexts {

  private ModelTexts() {}

  /** The texts of each model package, loaded on first use. */
  private static final ConcurrentHashMap<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

  /**
   * The text for a key in the language of the locale: English for {@code en}, German otherwise,
   * as the messages choose.
   *
   * @param type the model type the key belongs to, which says the version
   * @throws IllegalStateException if the model lacks the text, a model change without its texts
   */
  static String text(Class<?> type, String key, Locale locale) {
    boolean english = Messages.isEnglish(locale);
    String text = texts(type.getPackageName(), english).get(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("no " + (english ? "English" : "German") + " model text for " + key
          + " in " + type.getPackageName());
    }
    return text;
  }

  /**
   * The resource that holds a model package's texts in one language, relative to this class.
   *
   * @param modelPackage a package of the model, such as {@code ...model.v2}
   * @param english the English file, else the German
   */
  static String resource(String modelPackage, boolean english) {
    String major = modelPackage.substring(modelPackage.lastIndexOf('.') + 1);
    String file = english ? "texts_en.properties" : "texts_de.properties";
    return major.equals("v1") ? file : major + "/" + file;
  }

  static Map<String, String> texts(String modelPackage, boolean english) {
    return LOADED.computeIfAbsent((english ? "en:" : "de:") + modelPackage,
        k -> Messages.load(ModelTexts.class, resource(modelPackage, english)));
  }
}
