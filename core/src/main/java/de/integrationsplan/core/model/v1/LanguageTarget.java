package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import jakarta.validation.constraints.NotBlank;

/**
 * The target of a language goal: a CEFR level in a language, usually German.
 *
 * @param language the language, ISO 639-3 or BCP 47 ({@code deu})
 * @param level the level sought; above the person's current level
 */
public record LanguageTarget(@PersonalData(ORDINARY) @NotBlank @LanguageCode String language, @PersonalData(ORDINARY) CefrLevel level) {

  /**
   * Canonical constructor; both components are required.
   *
   * @param language the language, ISO 639-3 or BCP 47 ({@code deu})
   * @param level the level sought; above the person's current level
   */
  public LanguageTarget {
    Checks.required(language, LanguageTarget.class, "language");
    Checks.required(level, LanguageTarget.class, "level");
  }

  @Override
  public String toString() {
    return "LanguageTarget[redacted]";
  }
}
