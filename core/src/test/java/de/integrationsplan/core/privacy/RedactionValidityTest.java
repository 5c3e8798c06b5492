package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.testing.TestPlans;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A valid plan stays valid when redacted, and loses exactly what its level says. */
final class RedactionValidityTest {

  private static final PlanValidator VALIDATOR = PlanValidator.create();

  private final IntegrationPlan complete = TestPlans.complete();

  @Test
  void fixtureIsValid() {
    assertThat(errors(complete)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void redactedCompletePlanHasNoErrors(RedactionLevel level) {
    assertThat(errors(Keys.redactor(level).redact(complete))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void redactedMinimalPlanHasNoErrors(RedactionLevel level) {
    assertThat(errors(Keys.redactor(level).redact(TestPlans.minimal()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void redactedPlanWithSpecialCategoryConsentHasNoErrors(RedactionLevel level) {
    assertThat(errors(Keys.redactor(level).redact(withSpecialCategoryConsent()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void redactedPlanExtendedBeyondThreeYearsKeepsAJustification(RedactionLevel level) {
    IntegrationPlan plan = complete.toBuilder()
        .counsellingPeriod(new CounsellingPeriod(TestPlans.START, TestPlans.START.plusYears(4).minusDays(1),
            "Ausbildung endet im vierten Jahr"))
        .build();
    assertThat(errors(plan)).isEmpty();

    IntegrationPlan redacted = Keys.redactor(level).redact(plan);

    assertThat(errors(redacted)).isEmpty();
    assertThat(redacted.counsellingPeriod().extensionJustification()).isIn(Redactor.PLACEHOLDER,
        plan.counsellingPeriod().extensionJustification());
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void redactedJsonReadsBackAndValidates(RedactionLevel level) {
    String json = PlanJson.create().write(Keys.redactor(level).redact(complete));
    assertThat(VALIDATOR.validate(json).issues()).noneMatch(i -> i.severity() == Severity.ERROR);
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void identifyingDataAndExtensionsAreRemoved(RedactionLevel level) {
    IntegrationPlan redacted = Keys.redactor(level).redact(complete);
    assertThat(redacted.person().identifyingData()).isNull();
    assertThat(redacted.extensions()).isEmpty();
    assertThat(redacted.person().birthYear()).isEqualTo(1991);
  }

  @Test
  void exchangeWithoutSpecialCategoryConsentReplacesRequiredTextByPlaceholder() {
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(complete);
    assertThat(redacted.goals()).extracting(Goal::description).containsOnly(Redactor.PLACEHOLDER);
    assertThat(redacted.measures()).allSatisfy(m -> assertThat(m.description()).isNull());
    assertThat(redacted.competenceProfile().developments()).allSatisfy(d -> assertThat(d.note()).isEqualTo(Redactor.PLACEHOLDER));
    assertThat(redacted.goals().get(5).target().text()).isEqualTo(Redactor.PLACEHOLDER);
    // ordinary free text stays for exchange
    assertThat(redacted.responsibleOrganisation().name()).isEqualTo(complete.responsibleOrganisation().name());
    assertThat(redacted.competenceProfile().qualifications().get(0).originalTitle())
        .isEqualTo(complete.competenceProfile().qualifications().get(0).originalTitle());
  }

  @Test
  void exchangeWithSpecialCategoryConsentKeepsFreeText() {
    IntegrationPlan plan = withSpecialCategoryConsent();
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    assertThat(redacted.goals()).extracting(Goal::description)
        .containsExactlyElementsOf(plan.goals().stream().map(Goal::description).toList());
  }

  @Test
  void withdrawnConsentRemovesSpecialCategoryText() {
    IntegrationPlan plan = withSpecialCategoryConsent().toBuilder()
        .consent(new Consent(TestPlans.START, List.of(ConsentScope.COUNSELLING_RECORDS, ConsentScope.SPECIAL_CATEGORIES,
            ConsentScope.EXCHANGE_WITH_SERVICES), LocalDate.of(2026, 1, 2)))
        .build();
    assertThat(Keys.redactor(RedactionLevel.EXCHANGE).redact(plan).goals()).extracting(Goal::description)
        .containsOnly(Redactor.PLACEHOLDER);
  }

  @Test
  void statisticsRemovesAllFreeTextEvenWithConsent() {
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.STATISTICS).redact(withSpecialCategoryConsent());
    assertThat(redacted.goals()).extracting(Goal::description).containsOnly(Redactor.PLACEHOLDER);
    assertThat(redacted.responsibleOrganisation().name()).isNull();
    assertThat(redacted.competenceProfile().qualifications().get(0).originalTitle()).isEqualTo(Redactor.PLACEHOLDER);
    assertThat(redacted.competenceProfile().qualifications().get(0).recognition().authority()).isNull();
    assertThat(redacted.competenceProfile().workExperience().get(0).description()).isNull();
    assertThat(redacted.competenceProfile().workExperience().get(0).occupation().display()).isNull();
    assertThat(redacted.competenceProfile().courses()).allSatisfy(c -> assertThat(c.provider()).isNull());
    // codes stay
    assertThat(redacted.responsibleOrganisation().municipalityKey()).isEqualTo("08221000");
    assertThat(redacted.person().nationalities()).containsExactly("SY");
    assertThat(redacted.competenceProfile().workExperience().get(0).occupation().code()).isEqualTo("81302");
  }

  @Test
  void statisticsCoarsensDatesOfThePersonsLifeAndTimestamps() {
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.STATISTICS).redact(complete);
    assertThat(redacted.person().accommodation().since()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(redacted.person().residence().validFrom()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(redacted.person().residence().validUntil()).isEqualTo(LocalDate.of(2027, 8, 1));
    assertThat(redacted.created()).isEqualTo(OffsetDateTime.parse("2025-03-03T00:00:00Z"));
    assertThat(redacted.updated()).isEqualTo(OffsetDateTime.parse("2026-02-16T00:00:00Z"));
    // dates of the counselling stay, for a Stichtag
    assertThat(redacted.counsellingPeriod()).isEqualTo(complete.counsellingPeriod());
    assertThat(redacted.goals().get(0).agreedOn()).isEqualTo(complete.goals().get(0).agreedOn());
  }

  @Test
  void exchangeKeepsTimestampsAndDates() {
    IntegrationPlan redacted = Keys.redactor(RedactionLevel.EXCHANGE).redact(complete);
    assertThat(redacted.created()).isEqualTo(complete.created());
    assertThat(redacted.person().residence()).isEqualTo(complete.person().residence());
  }

  static IntegrationPlan withSpecialCategoryConsent() {
    return TestPlans.completeBuilder()
        .consent(new Consent(TestPlans.START, List.of(ConsentScope.COUNSELLING_RECORDS,
            ConsentScope.SPECIAL_CATEGORIES, ConsentScope.EXCHANGE_WITH_SERVICES), null))
        .build();
  }

  private static List<ValidationIssue> errors(IntegrationPlan plan) {
    return VALIDATOR.validate(plan).issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
  }
}
