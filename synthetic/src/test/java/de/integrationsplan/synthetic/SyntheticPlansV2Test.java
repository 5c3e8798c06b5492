package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v2.CodeListReference;
import de.integrationsplan.core.model.v2.GoalArea;
import de.integrationsplan.core.model.v2.HouseholdMember;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.OrganisationKind;
import de.integrationsplan.core.validation.PlanValidator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The generator's plans in format 2.0: valid by the rules (no errors and no warnings) for every
 * seed and every past reference date, deterministic, read back equal, and covering what 2.0 adds.
 */
final class SyntheticPlansV2Test {

  private static final PlanValidator RULES = PlanValidator.create();
  private static final Class<IntegrationPlan> V2 = IntegrationPlan.class;

  static List<String> findings(SyntheticPlans generator, long count) {
    List<String> findings = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      IntegrationPlan plan = generator.plan(i, V2);
      RULES.validate(plan).issues().forEach(issue -> findings.add(plan.id() + " " + issue.severity() + " "
          + issue.pointer() + " " + issue.code()));
    }
    return findings;
  }

  @Test
  void twoThousandPlansPassTheRulesWithoutAnyIssue() {
    assertThat(findings(SyntheticPlans.builder().seed(7).build(), 2_000)).isEmpty();
  }

  @Test
  void plansAtAnEarlierReferenceDatePassTheRules() {
    SyntheticPlans generator = SyntheticPlans.builder().seed(11).referenceDate(LocalDate.of(2023, 3, 15)).build();
    assertThat(findings(generator, 500)).isEmpty();
  }

  @Property(tries = 50)
  void everySeedGivesValidPlans(@ForAll long seed) {
    assertThat(findings(SyntheticPlans.withSeed(seed), 20)).isEmpty();
  }

  @Property(tries = 30)
  void everyPastReferenceDateGivesValidPlans(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3200) int daysBack) {
    LocalDate referenceDate = SyntheticPlans.DEFAULT_REFERENCE_DATE.minusDays(daysBack);
    SyntheticPlans generator = SyntheticPlans.builder().seed(seed).referenceDate(referenceDate).build();
    assertThat(findings(generator, 10)).isEmpty();
  }

  @Property(tries = 30)
  void everyIndexGivesTheSamePlanTwice(@ForAll long seed, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int index) {
    assertThat(SyntheticPlans.withSeed(seed).plan(index, V2)).isEqualTo(SyntheticPlans.withSeed(seed).plan(index, V2));
  }

  @Test
  void aPlanIsTheFirstFormatsPlanOfItsIndexWithWhatTheSecondAdds() {
    SyntheticPlans generator = SyntheticPlans.withSeed(3);
    for (long i = 0; i < 200; i++) {
      var v1 = generator.plan(i);
      IntegrationPlan v2 = generator.plan(i, V2);
      assertThat(v2.id()).isEqualTo(v1.id());
      assertThat(v2.schemaVersion()).isEqualTo("2.0");
      assertThat(v2.status().name()).isEqualTo(v1.status().name());
      assertThat(v2.counsellingPeriod().start()).isEqualTo(v1.counsellingPeriod().start());
      assertThat(v2.person().pseudonym()).isEqualTo(v1.person().pseudonym());
      assertThat(v2.goals().subList(0, v1.goals().size())).extracting(g -> g.id() + " " + g.area().name())
          .containsExactlyElementsOf(v1.goals().stream().map(g -> g.id() + " " + g.area().name()).toList());
    }
    assertThat(generator.plan(0, de.integrationsplan.core.model.v1.IntegrationPlan.class)).isEqualTo(generator.plan(0));
  }

  @Test
  void plansSurviveAJsonRoundTripUnchanged() {
    PlanJson json = PlanJson.create();
    SyntheticPlans generator = SyntheticPlans.withSeed(3);
    for (long i = 0; i < 200; i++) {
      IntegrationPlan plan = generator.plan(i, V2);
      String written = json.write(plan);
      assertThat(json.read(written, V2)).isEqualTo(plan);
    }
  }

  @Test
  void ndjsonOfTheSecondFormatIsOnePlanALine() {
    SyntheticPlans generator = SyntheticPlans.withSeed(5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generator.writeNdjson(10, 5, V2, out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(5);
    PlanJson json = PlanJson.create();
    for (int k = 0; k < lines.length; k++) {
      assertThat(json.read(lines[k], V2)).isEqualTo(generator.plan(10 + k, V2));
    }
    assertThatThrownBy(() -> generator.writeNdjson(0, 1, Plan.class, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no generator");
    assertThatThrownBy(() -> generator.plan(-1, V2)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Each of the new facts appears in a thousand plans; codes come from the versions declared. */
  @Test
  void plansCoverWhatTheSecondFormatAdds() {
    SyntheticPlans generator = SyntheticPlans.withSeed(17);
    Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
    Set<GoalArea> areas = EnumSet.noneOf(GoalArea.class);
    Set<String> states = new HashSet<>();
    Set<String> closures = new HashSet<>();
    Set<String> versions = new HashSet<>();
    int contacts = 0;
    int histories = 0;
    int goalsForMembers = 0;
    int statements = 0;
    int handedOver = 0;
    int workPermits = 0;
    for (IntegrationPlan plan : LongStream.range(0, 1_000).mapToObj(i -> generator.plan(i, V2)).toList()) {
      kinds.add(plan.responsibleOrganisation().kind());
      plan.goals().forEach(g -> areas.add(g.area()));
      contacts += plan.counsellingContacts().isEmpty() ? 0 : 1;
      histories += plan.statusHistory().isEmpty() ? 0 : 1;
      goalsForMembers += plan.goals().stream().anyMatch(g -> !g.memberIds().isEmpty()) ? 1 : 0;
      workPermits += plan.person().residence() != null && plan.person().residence().workPermit() != null ? 1 : 0;
      if (plan.competenceProfile() != null) {
        plan.competenceProfile().qualifications().stream().filter(q -> q.recognition() != null).forEach(q -> {
          states.add(q.recognition().state());
        });
        statements += plan.competenceProfile().qualifications().stream()
            .anyMatch(q -> q.recognition() != null && q.recognition().statement() != null) ? 1 : 0;
      }
      if (plan.closure() != null) {
        closures.add(plan.closure().reason());
        handedOver += Boolean.TRUE.equals(plan.closure().handOverConsent()) ? 1 : 0;
      }
      plan.codeLists().forEach(r -> versions.add(r.listId() + " " + r.version()));
      if (plan.person().household() != null) {
        Set<String> ids = new HashSet<>();
        for (HouseholdMember m : plan.person().household().members()) {
          ids.add(m.id());
        }
        plan.goals().forEach(g -> assertThat(ids).containsAll(g.memberIds()));
      }
      assertThat(plan.codeLists()).extracting(CodeListReference::listId)
          .containsExactlyElementsOf(CodeListCatalogue.standard().all().stream().map(l -> l.id()).toList());
    }
    assertThat(kinds).containsExactlyInAnyOrder(OrganisationKind.values());
    assertThat(areas).contains(GoalArea.SECURING_RESIDENCE, GoalArea.NATURALISATION, GoalArea.FINANCES);
    assertThat(states).contains("NOT_APPLIED", "PREPARING", "PENDING", "DECIDED", "COMPENSATION_IN_PROGRESS");
    assertThat(closures).contains("MOVED_AWAY", "MOVED_AWAY_HANDED_OVER", "GOALS_ACHIEVED", "MAXIMUM_DURATION");
    assertThat(versions).contains("benefit 2026-11-25", "benefit 2026-12-01", "legal-basis 2026-11-25");
    assertThat(contacts).isGreaterThan(800);
    assertThat(histories).isGreaterThan(800);
    assertThat(goalsForMembers).isGreaterThan(50);
    assertThat(statements).isPositive();
    assertThat(handedOver).isPositive();
    assertThat(workPermits).isGreaterThan(700);
  }
}
