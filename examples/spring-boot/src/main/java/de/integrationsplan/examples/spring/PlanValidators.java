package de.integrationsplan.examples.spring;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.validation.PlanValidator;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The library's validators, one per language, built once and shared (they are thread-safe).
 *
 * <p>The language is the request's: Spring resolves it from {@code Accept-Language}, German when the
 * header is missing ({@code spring.web.locale=de}); the library answers English for English and
 * German for every other language.
 */
@Component
public class PlanValidators {

  private final PlanValidator german = PlanValidator.builder().locale(Locale.GERMAN).build();
  private final PlanValidator english = PlanValidator.builder().locale(Locale.ENGLISH).build();

  /**
   * The validator for a language.
   *
   * @param locale the language
   * @return the English validator for English, the German one for every other language
   */
  public PlanValidator forLocale(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : german;
  }

  /**
   * The validator for the current request's language.
   *
   * @return the validator
   */
  public PlanValidator current() {
    return forLocale(LocaleContextHolder.getLocale());
  }

  /**
   * The strict codec for the current request's language.
   *
   * @return the codec, with the validator's limits
   */
  public PlanJson currentJson() {
    return current().json();
  }
}
