package de.integrationsplan.core.privacy;

import de.integrationsplan.core.model.v1.Achievement;
import de.integrationsplan.core.model.v1.Closure;
import de.integrationsplan.core.model.v1.ClosureReason;
import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.MeasureKind;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.PlanStatus;
import de.integrationsplan.core.model.v1.ResponsibleOrganisation;
import de.integrationsplan.core.model.v1.ResponsibleParty;
import de.integrationsplan.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small corpora of plans for the statistics properties, varied from {@link TestPlans#minimal()}. */
final class Corpora {

  private Corpora() {}

  /** The Stichtag of the corpora. */
  static final LocalDate STICHTAG = LocalDate.of(2026, 6, 30);

  /** Municipalities in three districts of two Lands (08 and one other, to test the roll-up). */
  static final List<String> MUNICIPALITIES = List.of(
      "08221000", "08222000", "08125001", "08125005", "08125007", "08111000", "09162000");

  static Arbitrary<List<IntegrationPlan>> corpora() {
    return plans().list().ofMinSize(0).ofMaxSize(40);
  }

  static Arbitrary<IntegrationPlan> plans() {
    Arbitrary<String> ags = Arbitraries.of(MUNICIPALITIES);
    Arbitrary<PlanStatus> status = Arbitraries.of(PlanStatus.class);
    Arbitrary<Integer> startOffset = Arbitraries.integers().between(-1200, 60); // days from the Stichtag
    Arbitrary<Integer> closedOffset = Arbitraries.integers().between(-30, 30);
    Arbitrary<String> person = Arbitraries.integers().between(1, 25).map(i -> "p-" + i);
    Arbitrary<List<Goal>> goals = goal().list().ofMaxSize(4);
    Arbitrary<List<MeasureKind>> measures = Arbitraries.of(MeasureKind.class).list().ofMaxSize(3);
    return Combinators.combine(ags, status, startOffset, closedOffset, person, goals, measures)
        .as((a, s, start, closed, p, g, m) -> plan(a, s, STICHTAG.plusDays(start), STICHTAG.plusDays(closed), p, g, m));
  }

  private static Arbitrary<Goal> goal() {
    return Combinators.combine(Arbitraries.of(GoalArea.class), Arbitraries.of(GoalStatus.class),
            Arbitraries.of(Achievement.class).injectNull(0.3))
        .as((area, status, achievement) -> Goal.builder("g", area, "Ziel").status(status).achievement(achievement).build());
  }

  private static IntegrationPlan plan(String ags, PlanStatus status, LocalDate start, LocalDate closedOn, String person,
      List<Goal> goals, List<MeasureKind> kinds) {
    IntegrationPlan.Builder b = TestPlans.minimal().toBuilder()
        .id(UUID.randomUUID())
        .status(status)
        .responsibleOrganisation(ResponsibleOrganisation.of(ags))
        .counsellingPeriod(CounsellingPeriod.of(start, start.plusYears(3).minusDays(1)))
        .person(Person.builder(person).build());
    int i = 0;
    for (Goal g : goals) {
      b.goal(g.toBuilder().id("g" + i++).build());
    }
    for (MeasureKind kind : kinds) {
      b.measure(Measure.builder("m" + i++, kind, ResponsibleParty.PERSON).goal("g0").build());
    }
    if (status == PlanStatus.COMPLETED || status == PlanStatus.CLOSED) {
      b.closure(new Closure(closedOn, ClosureReason.GOALS_ACHIEVED, null));
    }
    return b.build();
  }
}
