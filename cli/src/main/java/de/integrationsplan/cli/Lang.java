package de.integrationsplan.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/** The languages of the command line's output and help. */
enum Lang {
  /** German, the default. */
  de(Locale.GERMAN),
  /** English. */
  en(Locale.ENGLISH);

  private static final String BUNDLE = "de.integrationsplan.cli.Messages";

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** The language of a locale: English for English, German for every other. */
  static Lang of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : de;
  }

  /**
   * The language asked for by {@code --lang} among the arguments, else that of the default locale.
   * Read before picocli parses, because the help text is chosen when the command line is built.
   */
  static Lang fromArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if (args[i].equals("--")) {
        break;
      }
      if (value != null) {
        for (Lang lang : values()) {
          if (lang.name().equals(value)) {
            return lang;
          }
        }
      }
    }
    return fromEnvironment();
  }

  /**
   * The language of the default locale: English when it is English, German otherwise. The POSIX
   * locale ({@code C}, {@code C.UTF-8}, {@code POSIX}, or none set), which Java reports as English,
   * is no choice of language, so it means German, as in most CI containers.
   */
  static Lang fromEnvironment() {
    String posix = firstSet(System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG"));
    boolean unix = !System.getProperty("os.name", "").startsWith("Windows");
    if (unix && (posix == null || posix.equals("C") || posix.startsWith("C.") || posix.equals("POSIX"))) {
      return de;
    }
    return of(Locale.getDefault());
  }

  private static @Nullable String firstSet(@Nullable String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  /**
   * The messages and help texts: German in the base bundle, English in {@code _en}. German asks
   * for the root locale, so that the default locale never slips in as a fallback.
   */
  ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, this == de ? Locale.ROOT : locale);
  }
}
