package de.integrationsplan.core.codelist;

import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.codelist.Sources.Text;
import java.util.Locale;
import java.util.Objects;

/** The language of a text: English for an English locale, German for every other, as the messages choose. */
final class Language {

  private Language() {}

  static String of(Text text, Locale locale) {
    return Messages.isEnglish(Objects.requireNonNull(locale, "locale")) ? text.en() : text.de();
  }
}
