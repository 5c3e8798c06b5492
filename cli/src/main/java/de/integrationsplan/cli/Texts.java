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

  /**
   * The text under {@code key}, with {@link MessageFormat} arguments; a text argument (a path, an
   * option's value) is printed with its control characters escaped ({@link Printable}).
   */
  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    args = args.clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof String text) {
        args[i] = Printable.of(text);
      }
    }
    return new MessageFormat(pattern, bundle.getLocale().getLanguage().isEmpty() ? Locale.GERMAN : bundle.getLocale())
        .format(args);
  }
}
