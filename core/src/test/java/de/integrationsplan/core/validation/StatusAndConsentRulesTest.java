package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;

import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.ClosureReason;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Closure and consent as the plan's status requires them. */
final class StatusAndConsentRulesTest {

  private static final Closure CLOSURE = new Closure(LocalDate.of(2027, 6, 30), ClosureReason.GOALS_ACHIEVED, null);

  @ParameterizedTest(name = "a {0} plan without closure is rejected")
  @EnumSource(value = PlanStatus.class, names = {"COMPLETED", "CLOSED"})
  void rejectsEndedPlanWithoutClosure(PlanStatus status) {
    assertOnlyError(base().toBuilder().status(status).build(), "plan.closure.missing", "/closure");
  }

  @ParameterizedTest(name = "a {0} plan with closure is accepted")
  @EnumSource(value = PlanStatus.class, names = {"COMPLETED", "CLOSED"})
  void acceptsEndedPlanWithClosure(PlanStatus status) {
    assertClean(base().toBuilder().status(status).closure(CLOSURE).build());
  }

  @ParameterizedTest(name = "a {0} plan with closure is rejected")
  @EnumSource(value = PlanStatus.class, names = {"DRAFT", "ACTIVE", "ON_HOLD", "ENTERED_IN_ERROR"})
  void rejectsClosureOnPlanThatHasNotEnded(PlanStatus status) {
    assertOnlyError(base().toBuilder().status(status).closure(CLOSURE).build(), "plan.closure.unexpected", "/closure");
  }

  @Test
  void rejectsClosureBeforeStartOfCounselling() {
    Closure early = new Closure(TestPlans.START.minusDays(1), ClosureReason.MOVED_AWAY, null);
    assertOnlyError(base().toBuilder().status(PlanStatus.CLOSED).closure(early).build(), "plan.closure.beforeStart", "/closure/closedOn");
  }

  @Test
  void acceptsClosureOnFirstDayOfCounselling() {
    Closure sameDay = new Closure(TestPlans.START, ClosureReason.MOVED_AWAY, null);
    assertClean(base().toBuilder().status(PlanStatus.CLOSED).closure(sameDay).build());
  }

  @Test
  void rejectsEmptyClosureNote() {
    Closure note = new Closure(CLOSURE.closedOn(), CLOSURE.reason(), "");
    assertOnlyError(base().toBuilder().status(PlanStatus.COMPLETED).closure(note).build(), "value.size", "/closure/note");
  }

  @ParameterizedTest(name = "a {0} plan without consent is rejected")
  @EnumSource(value = PlanStatus.class, names = {"ACTIVE", "ON_HOLD"})
  void rejectsPlanBeyondDraftWithoutConsent(PlanStatus status) {
    assertOnlyError(base().toBuilder().status(status).consent(null).build(), "plan.consent.missing", "/consent");
  }

  @Test
  void rejectsCompletedPlanWithoutConsent() {
    assertOnlyError(base().toBuilder().status(PlanStatus.COMPLETED).closure(CLOSURE).consent(null).build(),
        "plan.consent.missing", "/consent");
  }

  @Test
  void acceptsDraftWithoutConsent() {
    assertClean(base().toBuilder().status(PlanStatus.DRAFT).consent(null).build());
    assertClean(TestPlans.minimal());
  }

  @Test
  void rejectsWithdrawalBeforeConsent() {
    Consent c = new Consent(TestPlans.START, List.of(ConsentScope.COUNSELLING_RECORDS), TestPlans.START.minusDays(1));
    assertOnlyError(closed().consent(c).build(), "plan.consent.withdrawnBeforeGiven", "/consent/withdrawnOn");
  }

  @Test
  void acceptsWithdrawalOnDayOfConsent() {
    Consent c = new Consent(TestPlans.START, List.of(ConsentScope.COUNSELLING_RECORDS), TestPlans.START);
    assertClean(closed().consent(c).build());
  }

  @ParameterizedTest(name = "a {0} plan whose consent was withdrawn is rejected")
  @EnumSource(value = PlanStatus.class, names = {"DRAFT", "ACTIVE", "ON_HOLD"})
  void rejectsOpenPlanAfterWithdrawal(PlanStatus status) {
    Consent c = new Consent(TestPlans.START, List.of(ConsentScope.COUNSELLING_RECORDS), TestPlans.START.plusMonths(6));
    assertOnlyError(base().toBuilder().status(status).consent(c).build(),
        "plan.consent.withdrawnWhileOpen", "/consent/withdrawnOn");
  }

  @ParameterizedTest(name = "a {0} plan whose consent was withdrawn is accepted")
  @EnumSource(value = PlanStatus.class, names = {"COMPLETED", "CLOSED", "ENTERED_IN_ERROR"})
  void acceptsEndedPlanAfterWithdrawal(PlanStatus status) {
    Consent c = new Consent(TestPlans.START, List.of(ConsentScope.COUNSELLING_RECORDS), TestPlans.START.plusMonths(6));
    var builder = base().toBuilder().status(status).consent(c);
    if (status != PlanStatus.ENTERED_IN_ERROR) {
      builder.closure(CLOSURE);
    }
    assertClean(builder.build());
  }

  private static de.integrationsplan.core.model.v1.IntegrationPlan.Builder closed() {
    return base().toBuilder().status(PlanStatus.CLOSED).closure(CLOSURE);
  }

  @Test
  void rejectsConsentWithoutScope() {
    Consent c = new Consent(TestPlans.START, List.of(), null);
    assertOnlyError(base().toBuilder().consent(c).build(), "plan.consent.noScope", "/consent/scopes");
  }

  @Test
  void acceptsPlanEnteredInErrorWithoutConsent() {
    assertClean(base().toBuilder().status(PlanStatus.ENTERED_IN_ERROR).consent(null).build());
  }
}
