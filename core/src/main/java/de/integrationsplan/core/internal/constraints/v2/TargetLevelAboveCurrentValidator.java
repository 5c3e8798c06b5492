package de.integrationsplan.core.internal.constraints.v2;

import de.integrationsplan.core.internal.constraints.Violations;
import de.integrationsplan.core.model.v2.CefrLevel;
import de.integrationsplan.core.model.v2.Goal;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.LanguageSkill;
import de.integrationsplan.core.model.v2.LanguageTarget;
import de.integrationsplan.core.validation.constraints.TargetLevelAboveCurrent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link TargetLevelAboveCurrent} on the records of format 2: a language target is above
 * the current level, or at it when the target names the certificate still needed (domain review B5).
 */
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
      // a target that names the certificate still needed may keep the level reached (B2 spoken,
      // the chamber's Fachsprachprüfung at B2 still to pass); without one it must be above it
      int least = target.certificate() != null ? 0 : 1;
      if (current.isPresent() && target.level().compareTo(current.get()) < least) {
        Violations.at(context, "plan.goal.targetLevelNotAbove", "goals", i, "target", "language", "level");
        valid = false;
      }
    }
    return valid;
  }

  private static boolean sameLanguage(String a, String b) {
    return de.integrationsplan.core.internal.constraints.TargetLevelAboveCurrentValidator.sameLanguage(a, b);
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
