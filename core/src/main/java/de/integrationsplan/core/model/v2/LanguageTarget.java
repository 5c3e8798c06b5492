package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The target of a language goal: a CEFR level in a language, usually German, and the certificate
 * the person needs (the DTZ for a settlement permit, a chamber's <em>Fachsprachprüfung</em>).
 *
 * @param language the language, ISO 639-3 or BCP 47 ({@code deu})
 * @param level the level sought; above the person's current level
 * @param certificate the certificate needed, if one is
 */
public record LanguageTarget(
    @PersonalData(ORDINARY) @NotBlank @LanguageCode String language,
    @PersonalData(ORDINARY) CefrLevel level,
    @PersonalData(ORDINARY) @Nullable LanguageEvidence certificate) {

  /**
   * Canonical constructor; both components are required.
   *
   * @param language the language, ISO 639-3 or BCP 47 ({@code deu})
   * @param level the level sought; above the person's current level
   * @param certificate the certificate needed, if one is
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
