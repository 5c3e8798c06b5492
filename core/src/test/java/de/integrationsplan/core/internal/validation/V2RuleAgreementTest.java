package de.integrationsplan.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.V2Samples;
import de.integrationsplan.core.testing.HibernateJudge;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule engine compiles format 2's model and decides its sample plans as Hibernate Validator
 * does: the same codes, pointers, severities and messages, in German and English.
 */
final class V2RuleAgreementTest {

  private static final RecordRules RULES = RuleCompiler.compile(IntegrationPlan.class).root();

  static Stream<Arguments> variants() {
    return V2Samples.variants().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void compilesFormat2sModel() {
    RuleSet rules = RuleCompiler.compile(IntegrationPlan.class);
    assertThat(rules.declarations()).hasSizeGreaterThan(100);
    assertThat(rules.types()).contains(IntegrationPlan.class,
        de.integrationsplan.core.model.v2.CounsellingContact.class,
        de.integrationsplan.core.model.v2.HouseholdMember.class,
        de.integrationsplan.core.model.v2.Recognition.class);
  }

  @ParameterizedTest(name = "the engine judges the plan \"{0}\" as Hibernate Validator does")
  @MethodSource("variants")
  void agreesWithHibernateValidator(String name, IntegrationPlan plan) {
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      List<ValidationIssue> theirs = HibernateJudge.issues(plan, locale);
      assertThat(engine(plan, locale)).as(name).isEqualTo(theirs);
      if (!name.equals("valid")) {
        assertThat(theirs).as(name).isNotEmpty();
      }
    }
  }

  @Test
  void theFaultyVariantsReportEveryNewRule() {
    StringBuilder codes = new StringBuilder();
    for (Map.Entry<String, IntegrationPlan> e : V2Samples.variants().entrySet()) {
      for (ValidationIssue issue : engine(e.getValue(), Locale.GERMAN)) {
        codes.append(issue.code()).append(' ');
      }
    }
    assertThat(codes.toString()).contains("plan.consent.specialCategoriesMissing", "plan.closure.openGoal",
        "plan.closure.openMeasure", "plan.closure.reviewAfterClosure", "plan.closure.reasonMismatch",
        "plan.recognition.appliedWhileNotApplied", "plan.recognition.decidedWhilePending",
        "plan.recognition.outcomeBeforeDecision", "plan.recognition.compensationWithoutRequirement",
        "plan.counsellingPeriod.passedWhileActive", "plan.residence.expiredWhileActive", "plan.text.insubstantial",
        "plan.coding.escoNotOccupation", "plan.statusHistory.outOfOrder", "plan.goal.unknownMember",
        "plan.measure.unknownMember", "plan.organisation.keyMissing", "plan.codeFormat",
        "plan.person.benefitsNoneWithOthers", "plan.id.duplicate");
  }

  private static List<ValidationIssue> engine(IntegrationPlan plan, Locale locale) {
    RuleContext context = new RuleContext();
    RULES.check(plan, context);
    return HibernateJudge.sorted(context.report(ModelView.root(plan.getClass()), locale).issues());
  }
}
