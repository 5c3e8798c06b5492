package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.Formats;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.testing.TestPlans;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keyed pseudonyms: deterministic per key, unrelated across keys, in the model's formats. */
final class PseudonymisationTest {

  private final IntegrationPlan plan = TestPlans.complete();

  @Test
  void sameKeyGivesSamePseudonymsAcrossPlansAndRedactors() {
    IntegrationPlan a = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    IntegrationPlan b = Keys.redactor(RedactionLevel.STATISTICS).redact(
        plan.toBuilder().id(UUID.fromString("00000000-0000-4000-8000-000000000002")).build());
    assertThat(b.person().pseudonym()).isEqualTo(a.person().pseudonym());
    assertThat(b.integrationManager()).isEqualTo(a.integrationManager());
    assertThat(b.id()).isNotEqualTo(a.id());
    assertThat(Keys.redactor(RedactionLevel.EXCHANGE).redact(plan)).isEqualTo(a);
  }

  @Test
  void aLocalIdGetsAnotherPseudonymInAnotherPlan() {
    // "g1" is in almost every plan: one pseudonym for all would link the plans of different people
    IntegrationPlan other = plan.toBuilder().id(UUID.fromString("00000000-0000-4000-8000-000000000002")).build();
    IntegrationPlan a = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    IntegrationPlan b = Keys.redactor(RedactionLevel.EXCHANGE).redact(other);
    assertThat(plan.goals().get(0).id()).isEqualTo(other.goals().get(0).id());
    assertThat(b.goals().get(0).id()).isNotEqualTo(a.goals().get(0).id());
    assertThat(Keys.redactor(RedactionLevel.STATISTICS).redact(plan).goals().get(0).id())
        .isEqualTo(a.goals().get(0).id());
  }

  @Test
  void differentKeyGivesDifferentPseudonyms() {
    IntegrationPlan a = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    IntegrationPlan b = Redactor.builder().key(Keys.otherKey()).build().redact(plan);
    assertThat(b.person().pseudonym()).isNotEqualTo(a.person().pseudonym());
    assertThat(b.integrationManager()).isNotEqualTo(a.integrationManager());
    assertThat(b.id()).isNotEqualTo(a.id());
    assertThat(b.goals().get(0).id()).isNotEqualTo(a.goals().get(0).id());
  }

  @Test
  void pseudonymsReplaceTheOriginals() {
    IntegrationPlan r = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    assertThat(r.person().pseudonym()).isNotEqualTo(plan.person().pseudonym());
    assertThat(r.integrationManager()).isNotEqualTo(plan.integrationManager());
    assertThat(r.id()).isNotEqualTo(plan.id());
  }

  @Test
  void pseudonymsFitTheModelsFormats() {
    IntegrationPlan r = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    assertThat(r.person().pseudonym()).matches(Formats.PSEUDONYM).matches("ps-[a-z2-7]{32}");
    assertThat(r.integrationManager()).matches(Formats.PSEUDONYM);
    assertThat(r.goals()).extracting(Goal::id).allMatch(id -> id.matches(Formats.LOCAL_ID) && id.matches("id-[a-z2-7]{16}"));
    assertThat(r.id().version()).isEqualTo(8);
    assertThat(r.id().variant()).isEqualTo(2);
  }

  @Test
  void personAndManagerWithTheSameReferenceGetDifferentPseudonyms() {
    IntegrationPlan same = plan.toBuilder().integrationManager("x-1")
        .person(plan.person().toBuilder().pseudonym("x-1").build()).build();
    IntegrationPlan r = Keys.redactor(RedactionLevel.EXCHANGE).redact(same);
    assertThat(r.person().pseudonym()).isNotEqualTo(r.integrationManager());
  }

  @Test
  void referencesBetweenGoalsMeasuresReviewsAndQualificationsStayConsistent() {
    IntegrationPlan r = Keys.redactor(RedactionLevel.EXCHANGE).redact(plan);
    List<String> goalIds = r.goals().stream().map(Goal::id).toList();
    assertThat(r.measures()).flatExtracting(Measure::goalIds).allMatch(goalIds::contains);
    assertThat(r.reviews().get(0).goalReviews()).allMatch(gr -> goalIds.contains(gr.goalId()));
    assertThat(r.goals().get(1).target().recognition().qualificationId())
        .isEqualTo(r.competenceProfile().qualifications().get(0).id());
    assertThat(goalIds).doesNotHaveDuplicates().hasSize(plan.goals().size());
  }

  @Test
  void distinctPersonsGetDistinctPseudonyms() {
    Redactor redactor = Keys.redactor(RedactionLevel.EXCHANGE);
    String a = redactor.redact(TestPlans.minimal()).person().pseudonym();
    String b = redactor.redact(TestPlans.minimal().toBuilder().person(Person.builder("p-2").build()).build())
        .person().pseudonym();
    assertThat(a).isNotEqualTo(b);
  }
}
