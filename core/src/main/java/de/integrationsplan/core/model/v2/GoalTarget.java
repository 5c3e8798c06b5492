package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.PresentCount;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * What a goal aims at, typed by its area, with a free-text fallback. Exactly one component is set,
 * and it fits the goal's {@link GoalArea}.
 *
 * <pre>{@code GoalTarget.language(new LanguageTarget("deu", CefrLevel.B1, LanguageEvidence.DTZ))}</pre>
 *
 * @param language a CEFR level in a language, for {@link GoalArea#LANGUAGE}
 * @param work a kind of employment, for {@link GoalArea#WORK}
 * @param recognition a recognition outcome, for {@link GoalArea#RECOGNITION}
 * @param housing a housing outcome, for {@link GoalArea#HOUSING}
 * @param education a place or certificate, for {@link GoalArea#SCHOOL},
 *     {@link GoalArea#VOCATIONAL_TRAINING_OR_STUDY} and {@link GoalArea#CHILDREN_AND_FAMILY}
 * @param residence a legal basis sought, for {@link GoalArea#SECURING_RESIDENCE}
 * @param naturalisation a step of naturalisation, for {@link GoalArea#NATURALISATION}
 * @param finances a financial outcome, for {@link GoalArea#FINANCES}
 * @param text a target in words, for any area
 */
@PresentCount(components = {"language", "work", "recognition", "housing", "education", "residence",
    "naturalisation", "finances", "text"},
    min = 1, max = 1, message = "{plan.goal.targetExactlyOne}")
public record GoalTarget(
    @PersonalData(ORDINARY) @Nullable @Valid LanguageTarget language,
    @PersonalData(ORDINARY) @Nullable @Valid WorkTarget work,
    @PersonalData(ORDINARY) @Nullable @Valid RecognitionTarget recognition,
    @PersonalData(ORDINARY) @Nullable @Valid HousingTarget housing,
    @PersonalData(ORDINARY) @Nullable @Valid EducationTarget education,
    @PersonalData(ORDINARY) @Nullable @Valid ResidenceTarget residence,
    @PersonalData(ORDINARY) @Nullable @Valid NaturalisationTarget naturalisation,
    @PersonalData(ORDINARY) @Nullable @Valid FinanceTarget finances,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @TextLength(min = 1, max = 2000) String text) {

  /**
   * A language target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget language(LanguageTarget target) {
    return new GoalTarget(target, null, null, null, null, null, null, null, null);
  }

  /**
   * A work target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget work(WorkTarget target) {
    return new GoalTarget(null, target, null, null, null, null, null, null, null);
  }

  /**
   * A recognition target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget recognition(RecognitionTarget target) {
    return new GoalTarget(null, null, target, null, null, null, null, null, null);
  }

  /**
   * A housing target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget housing(HousingTarget target) {
    return new GoalTarget(null, null, null, target, null, null, null, null, null);
  }

  /**
   * An education target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget education(EducationTarget target) {
    return new GoalTarget(null, null, null, null, target, null, null, null, null);
  }

  /**
   * A residence target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget residence(ResidenceTarget target) {
    return new GoalTarget(null, null, null, null, null, target, null, null, null);
  }

  /**
   * A naturalisation target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget naturalisation(NaturalisationTarget target) {
    return new GoalTarget(null, null, null, null, null, null, target, null, null);
  }

  /**
   * A finance target.
   *
   * @param target the target
   * @return the goal target
   */
  public static GoalTarget finances(FinanceTarget target) {
    return new GoalTarget(null, null, null, null, null, null, null, target, null);
  }

  /**
   * A target in words.
   *
   * @param text the target
   * @return the goal target
   */
  public static GoalTarget text(String text) {
    return new GoalTarget(null, null, null, null, null, null, null, null, text);
  }

  @Override
  public String toString() {
    return "GoalTarget[redacted]";
  }
}
