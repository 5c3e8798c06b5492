package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.profile;
import static de.integrationsplan.core.validation.Variants.replaceGoal;

import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageEvidence;
import de.integrationsplan.core.model.v1.LanguageSkill;
import de.integrationsplan.core.model.v1.LanguageTarget;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * plan.goal.targetLevelNotAbove. In the fixture, German (deu) was assessed on 2025-10-02 per skill
 * as listening B1, reading B1, writing A2, speaking B1, so the current level is A2; goal 0 aims at
 * deu B2.
 */
final class TargetLevelRuleTest {

  private static final String CODE = "plan.goal.targetLevelNotAbove";
  private static final String POINTER = "/goals/0/target/language/level";

  private static IntegrationPlan aiming(IntegrationPlan plan, String language, CefrLevel level) {
    return replaceGoal(plan, 0, g -> g.toBuilder().target(GoalTarget.language(new LanguageTarget(language, level))).build());
  }

  private static IntegrationPlan withSkill(IntegrationPlan plan, LanguageSkill skill) {
    return profile(plan, p -> {
      p.languageSkills.add(skill);
      return p;
    });
  }

  @Test
  void rejectsTargetEqualToCurrentLevel() {
    assertOnlyError(aiming(base(), "deu", CefrLevel.A2), CODE, POINTER);
  }

  @Test
  void rejectsTargetBelowCurrentLevel() {
    assertOnlyError(aiming(base(), "deu", CefrLevel.A1), CODE, POINTER);
  }

  @ParameterizedTest(name = "a target in \"{0}\" is compared with the skill recorded as \"deu\"")
  @ValueSource(strings = {"de", "de-DE", "de-CH"})
  void comparesTheSameLanguageWrittenDifferently(String tag) {
    assertOnlyError(aiming(base(), tag, CefrLevel.A2), CODE, POINTER);
  }

  @Test
  void doesNotCompareDifferentLanguages() {
    assertClean(aiming(base(), "fra", CefrLevel.A1));
  }

  @Test
  void acceptsTargetOneStepAboveCurrentLevel() {
    assertClean(aiming(base(), "deu", CefrLevel.B1));
  }

  @Test
  void usesLowestSkillLevelWhenThereIsNoOverallLevel() {
    // B1 is the level of three skills but not of writing (A2): the lowest counts, so B1 is above it
    assertClean(aiming(base(), "deu", CefrLevel.B1));
    assertOnlyError(aiming(base(), "deu", CefrLevel.A2), CODE, POINTER);
  }

  @Test
  void usesOverallLevelWhenGiven() {
    IntegrationPlan plan = withSkill(base(), LanguageSkill.overall("deu", CefrLevel.B2, LanguageEvidence.TELC, LocalDate.of(2025, 12, 1)));
    assertOnlyError(plan, CODE, POINTER);
    assertClean(aiming(plan, "deu", CefrLevel.C1));
  }

  @Test
  void latestDatedAssessmentWinsOverOlderHigherOne() {
    IntegrationPlan plan = withSkill(base(), LanguageSkill.overall("deu", CefrLevel.C1, LanguageEvidence.OTHER, LocalDate.of(2024, 1, 15)));
    assertClean(plan);
  }

  @Test
  void latestDatedAssessmentWinsOverOlderLowerOne() {
    IntegrationPlan plan = withSkill(base(), LanguageSkill.overall("deu", CefrLevel.C1, LanguageEvidence.OTHER, LocalDate.of(2025, 12, 15)));
    assertOnlyError(plan, CODE, POINTER);
  }

  @Test
  void undatedAssessmentCountsAsOldest() {
    IntegrationPlan plan = withSkill(base(), LanguageSkill.overall("deu", CefrLevel.C2, LanguageEvidence.SELF_ASSESSMENT, null));
    assertClean(plan);
  }

  @Test
  void undatedAssessmentIsUsedWhenItIsTheOnlyOne() {
    // arb is assessed C2 without a date
    assertOnlyError(aiming(base(), "arb", CefrLevel.C2), CODE, POINTER);
  }

  @Test
  void acceptsAnyLevelInLanguageWithoutAssessment() {
    assertClean(aiming(base(), "ukr", CefrLevel.A1));
  }

  @Test
  void doesNotCheckCompletedGoal() {
    assertClean(replaceGoal(aiming(base(), "deu", CefrLevel.A1), 0,
        g -> g.toBuilder().status(GoalStatus.COMPLETED).build()));
  }

  @Test
  void doesNotCheckCancelledGoal() {
    assertClean(replaceGoal(aiming(base(), "deu", CefrLevel.A1), 0,
        g -> g.toBuilder().status(GoalStatus.CANCELLED).build()));
  }

  @Test
  void checksProposedGoal() {
    assertOnlyError(replaceGoal(aiming(base(), "deu", CefrLevel.A2), 0,
        g -> g.toBuilder().status(GoalStatus.PROPOSED).build()), CODE, POINTER);
  }

  @Test
  void acceptsAnyLevelWithoutCompetenceProfile() {
    // drop the recognition goal too, which needs the profile's qualification
    IntegrationPlan plan = aiming(base(), "deu", CefrLevel.A1);
    plan = replaceGoal(plan, 1, g -> g.toBuilder().target(null).build()).toBuilder().competenceProfile(null).build();
    assertClean(plan);
  }
}
