package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.PresentCount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The person's skill in one language (<em>Sprachkenntnisse</em>), by the CEFR (<em>GER</em>): an
 * overall level, or a level per skill, or both.
 *
 * @param language the language, ISO 639-3 or a BCP 47 tag ({@code deu} or {@code de} for German)
 * @param overall the overall level
 * @param listening the level in listening (<em>Hören</em>)
 * @param reading the level in reading (<em>Lesen</em>)
 * @param writing the level in writing (<em>Schreiben</em>)
 * @param speaking the level in speaking (<em>Sprechen</em>)
 * @param mediation the level in mediation (<em>Sprachmittlung</em>)
 * @param evidence how the level is known
 * @param assessedOn the day the level was assessed
 */
@PresentCount(components = {"overall", "listening", "reading", "writing", "speaking", "mediation"},
    message = "{plan.languageSkill.noLevel}")
public record LanguageSkill(
    @PersonalData(ORDINARY) @NotBlank @LanguageCode String language,
    @PersonalData(ORDINARY) @Nullable CefrLevel overall,
    @PersonalData(ORDINARY) @Nullable CefrLevel listening,
    @PersonalData(ORDINARY) @Nullable CefrLevel reading,
    @PersonalData(ORDINARY) @Nullable CefrLevel writing,
    @PersonalData(ORDINARY) @Nullable CefrLevel speaking,
    @PersonalData(ORDINARY) @Nullable CefrLevel mediation,
    @PersonalData(ORDINARY) @Nullable LanguageEvidence evidence,
    @PersonalData(ORDINARY) @Nullable @PastOrPresent(message = "{plan.languageSkill.assessedInFuture}") LocalDate assessedOn) {

  /**
   * Canonical constructor; {@code language} is required.
   *
   * @param language the language, ISO 639-3 or a BCP 47 tag ({@code deu} or {@code de} for German)
   * @param overall the overall level
   * @param listening the level in listening (<em>Hören</em>)
   * @param reading the level in reading (<em>Lesen</em>)
   * @param writing the level in writing (<em>Schreiben</em>)
   * @param speaking the level in speaking (<em>Sprechen</em>)
   * @param mediation the level in mediation (<em>Sprachmittlung</em>)
   * @param evidence how the level is known
   * @param assessedOn the day the level was assessed
   */
  public LanguageSkill {
    Checks.required(language, LanguageSkill.class, "language");
  }

  /**
   * A skill known by its overall level only.
   *
   * @param language the language code
   * @param overall the overall level
   * @param evidence how it is known, or {@code null}
   * @param assessedOn when, or {@code null}
   * @return the skill
   */
  public static LanguageSkill overall(String language, CefrLevel overall,
      @Nullable LanguageEvidence evidence, @Nullable LocalDate assessedOn) {
    return new LanguageSkill(language, overall, null, null, null, null, null, evidence, assessedOn);
  }

  /**
   * The level that a goal must go beyond: the overall level, or else the lowest level of a skill.
   *
   * @return the current level, empty when none is given
   */
  public Optional<CefrLevel> currentLevel() {
    if (overall != null) {
      return Optional.of(overall);
    }
    return Stream.of(listening, reading, writing, speaking, mediation)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder());
  }

  @Override
  public String toString() {
    return "LanguageSkill[redacted]";
  }
}
