package de.integrationsplan.core.model.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.testing.CanaryPlans;
import de.integrationsplan.core.testing.ModelGraph;
import de.integrationsplan.core.testing.TestPlans;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Builders and constructors fail fast naming the missing field; lists are unmodifiable copies. */
final class BuilderFailFastTest {

  @Test
  void emptyPlanBuilderNamesTheFirstMissingComponentId() {
    assertThatThrownBy(() -> IntegrationPlan.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessage("IntegrationPlan.id is required but was null");
  }

  @Test
  void planBuilderNamesCreatedOnceIdIsSet() {
    assertThatThrownBy(() -> IntegrationPlan.builder().id(UUID.randomUUID()).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("IntegrationPlan.created");
  }

  @Test
  void planBuilderNamesPersonWhenOnlyPersonIsMissing() {
    assertThatThrownBy(() -> IntegrationPlan.builder().id(UUID.randomUUID())
        .created(OffsetDateTime.parse("2026-01-05T08:00:00Z"))
        .counsellingPeriod(CounsellingPeriod.of(LocalDate.of(2026, 1, 5), LocalDate.of(2029, 1, 4)))
        .responsibleOrganisation(ResponsibleOrganisation.of("08111000"))
        .integrationManager("im").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("IntegrationPlan.person");
  }

  @Test
  void planBuilderSetterRejectsNullAtOnce() {
    assertThatThrownBy(() -> IntegrationPlan.builder().person(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("IntegrationPlan.person");
    assertThatThrownBy(() -> IntegrationPlan.builder().goal((Goal) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("IntegrationPlan.goals");
  }

  @Test
  void goalBuilderNamesEachMissingArgument() {
    assertThatThrownBy(() -> Goal.builder(null, GoalArea.WORK, "d")).hasMessageContaining("Goal.id");
    assertThatThrownBy(() -> Goal.builder("g", null, "d")).hasMessageContaining("Goal.area");
    assertThatThrownBy(() -> Goal.builder("g", GoalArea.WORK, null)).hasMessageContaining("Goal.description");
    assertThatThrownBy(() -> Goal.builder("g", GoalArea.WORK, "d").status(null)).hasMessageContaining("Goal.status");
  }

  @Test
  void otherBuildersNameTheMissingArgument() {
    assertThatThrownBy(() -> Measure.builder(null, MeasureKind.OTHER, ResponsibleParty.OTHER))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("Measure.id");
    assertThatThrownBy(() -> Measure.builder("m", MeasureKind.OTHER, ResponsibleParty.OTHER).goal("g", null))
        .hasMessageContaining("Measure.goalIds");
    assertThatThrownBy(() -> Qualification.builder("q", null)).hasMessageContaining("Qualification.originalTitle");
    assertThatThrownBy(() -> Person.builder(null)).hasMessageContaining("Person.pseudonym");
    assertThatThrownBy(() -> Person.builder("p").nationality("SY", null)).hasMessageContaining("Person.nationalities");
    assertThatThrownBy(() -> CompetenceProfile.builder().course(null)).hasMessageContaining("CompetenceProfile.courses");
  }

  @Test
  void constructorsNameTheMissingComponentAndNotItsValue() {
    assertThatThrownBy(() -> new Coding("CANARY-s", "CANARY-v", null, "CANARY-d"))
        .hasMessage("Coding.code is required but was null");
    assertThatThrownBy(() -> new Extension("urn:x:y", null)).hasMessageContaining("Extension.value");
    assertThatThrownBy(() -> new Extension(null, "v")).hasMessageContaining("Extension.url");
    assertThatThrownBy(() -> new Review(null, List.of(), List.of(), null, null)).hasMessageContaining("Review.date");
    assertThatThrownBy(() -> new Household(1, Arrays.asList(new Child(2020, null), null)))
        .hasMessageContaining("Household.children[1]");
  }

  @Test
  void nullInsideAnExtensionValueIsNamedWithItsPlace() {
    assertThatThrownBy(() -> new Extension("urn:x:y", Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("value[1]");
  }

  @Test
  void extensionValueThatIsNoJsonValueIsRejected() {
    assertThatThrownBy(() -> new Extension("urn:x:y", new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Extension("urn:x:y", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Extension("urn:x:y", Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @TestFactory
  Stream<DynamicTest> everyListOfEveryRecordIsUnmodifiable() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Record r : ModelGraph.records(CanaryPlans.everyStringACanary())) {
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        if (List.class.isAssignableFrom(rc.getType())) {
          tests.add(DynamicTest.dynamicTest(r.getClass().getSimpleName() + "." + rc.getName(), () -> {
            List<?> list = (List<?>) ModelGraph.component(r, rc);
            assertThat(list).isNotEmpty();
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
          }));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(15);
    return tests.stream();
  }

  @Test
  void extensionValueListsAndMapsAreUnmodifiable() {
    Extension e = new Extension("urn:x:y", new ArrayList<>(List.of(new java.util.HashMap<>(Map.of("k", "v")))));
    List<?> list = (List<?>) e.value();
    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
    Map<?, ?> map = (Map<?, ?>) list.get(0);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsAreCopiedSoLaterChangesToTheArgumentDoNotShow() {
    List<ConsentScope> scopes = new ArrayList<>(List.of(ConsentScope.COUNSELLING_RECORDS));
    Consent consent = new Consent(LocalDate.of(2026, 1, 1), scopes, null);
    scopes.add(ConsentScope.SPECIAL_CATEGORIES);
    assertThat(consent.scopes()).containsExactly(ConsentScope.COUNSELLING_RECORDS);
  }

  @Test
  void nullListBecomesEmptyList() {
    assertThat(new Household(1, null).children()).isEmpty();
  }

  @Test
  void toBuilderDoesNotChangeTheOriginal() {
    IntegrationPlan original = TestPlans.complete();
    IntegrationPlan changed = original.toBuilder().status(PlanStatus.ON_HOLD).goal(Goal.builder("gx", GoalArea.OTHER, "x").build()).build();
    assertThat(original).isEqualTo(TestPlans.complete());
    assertThat(changed.goals()).hasSize(original.goals().size() + 1);
  }
}
