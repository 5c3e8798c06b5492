package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageSkill;
import de.integrationsplan.core.model.v1.LanguageTarget;
import de.integrationsplan.core.validation.constraints.TargetLevelAboveCurrent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Validates {@link TargetLevelAboveCurrent}. */
public final class TargetLevelAboveCurrentValidator
    implements ConstraintValidator<TargetLevelAboveCurrent, IntegrationPlan> {

  /** For the validation provider. */
  public TargetLevelAboveCurrentValidator() {}

  @Override
  public boolean isValid(@Nullable IntegrationPlan plan, ConstraintValidatorContext context) {
    if (plan == null || plan.competenceProfile() == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    List<LanguageSkill> skills = plan.competenceProfile().languageSkills();
    boolean valid = true;
    List<Goal> goals = plan.goals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      if (!goal.pursued() || goal.target() == null || goal.target().language() == null) {
        continue;
      }
      LanguageTarget target = goal.target().language();
      Optional<CefrLevel> current = currentLevel(skills, target.language());
      if (current.isPresent() && target.level().compareTo(current.get()) <= 0) {
        Violations.at(context, "plan.goal.targetLevelNotAbove", "goals", i, "target", "language", "level");
        valid = false;
      }
    }
    return valid;
  }

  /**
   * Whether two tags name the same language: {@code de}, {@code deu} and {@code de-CH} do; the
   * comparison uses the ISO 639-2/3 code of the primary subtag; shared with the validator of format 2.
   *
   * @param a a language tag
   * @param b another
   * @return whether they name the same language
   */
  public static boolean sameLanguage(String a, String b) {
    return a.equals(b) || iso3(a).equals(iso3(b));
  }

  private static String iso3(String tag) {
    String primary = tag.indexOf('-') < 0 ? tag : tag.substring(0, tag.indexOf('-'));
    try {
      return java.util.Locale.forLanguageTag(primary).getISO3Language();
    } catch (java.util.MissingResourceException e) {
      return primary;
    }
  }

  /** The current level from the most recent entry for the language; undated entries count as oldest. */
  static Optional<CefrLevel> currentLevel(List<LanguageSkill> skills, String language) {
    LanguageSkill latest = null;
    for (LanguageSkill skill : skills) {
      if (!sameLanguage(skill.language(), language)) {
        continue;
      }
      if (latest == null || skill.assessedOn() == null && latest.assessedOn() == null
          || skill.assessedOn() != null
              && (latest.assessedOn() == null || !skill.assessedOn().isBefore(latest.assessedOn()))) {
        latest = skill;
      }
    }
    return latest == null ? Optional.empty() : latest.currentLevel();
  }
}
