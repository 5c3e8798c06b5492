package de.integrationsplan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own texts, from its resource bundle. */
final class Texts {
  private final ResourceBundle bundle;

  Texts(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  static Texts of(Lang lang) {
    return new Texts(lang.bundle());
  }

  /** The text under {@code key}, with {@link MessageFormat} arguments. */
  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, bundle.getLocale().getLanguage().isEmpty() ? Locale.GERMAN : bundle.getLocale())
        .format(args);
  }
}
