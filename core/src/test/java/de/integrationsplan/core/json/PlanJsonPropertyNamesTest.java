package de.integrationsplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.Coding;
import de.integrationsplan.core.model.v1.Extension;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.Qualification;
import de.integrationsplan.core.testing.CanaryPlans;
import de.integrationsplan.core.testing.ModelGraph;
import de.integrationsplan.core.testing.TestPlans;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON property names are exactly the record component names, in component order. */
final class PlanJsonPropertyNamesTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** A written object and the record it was written from. */
  private record Written(Record record, JsonNode node, String pointer) {}

  private static List<Written> pairs(IntegrationPlan plan) {
    List<Written> out = new ArrayList<>();
    collect(plan, PLAIN.readTree(PlanJson.create().write(plan)), "", out);
    return out;
  }

  private static void collect(Object value, JsonNode node, String pointer, List<Written> out) {
    if (value instanceof Extension) {
      out.add(new Written((Record) value, node, pointer));
      return; // the value is free JSON
    }
    if (value instanceof Record r) {
      out.add(new Written(r, node, pointer));
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        Object v = ModelGraph.component(r, rc);
        if (v != null && node.has(rc.getName())) {
          collect(v, node.get(rc.getName()), pointer + "/" + rc.getName(), out);
        }
      }
    } else if (value instanceof List<?> list && node.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        collect(list.get(i), node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static List<String> componentNames(Class<?> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<String> presentComponentNames(Record r) {
    return Arrays.stream(r.getClass().getRecordComponents())
        .filter(rc -> {
          Object v = ModelGraph.component(r, rc);
          return v != null && !(v instanceof List<?> l && l.isEmpty());
        })
        .map(RecordComponent::getName).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyObjectOfAFullPlanHasExactlyTheComponentNamesInOrder() {
    Map<Class<?>, Written> firstOfEachType = new LinkedHashMap<>();
    for (Written w : pairs(CanaryPlans.everyStringACanary())) {
      firstOfEachType.putIfAbsent(w.record().getClass(), w);
    }
    assertThat(firstOfEachType.keySet()).containsExactlyInAnyOrderElementsOf(ModelGraph.recordTypes());
    return firstOfEachType.values().stream().map(w -> DynamicTest.dynamicTest(
        w.record().getClass().getSimpleName() + " at " + (w.pointer().isEmpty() ? "/" : w.pointer()),
        () -> assertThat(w.node().propertyNames())
            .as("properties of %s", w.pointer())
            .containsExactlyElementsOf(componentNames(w.record().getClass()))));
  }

  @Test
  void everyObjectOfTheCompletePlanHasExactlyItsPresentComponents() {
    List<Written> written = pairs(TestPlans.complete());
    assertThat(written).hasSizeGreaterThan(40);
    for (Written w : written) {
      assertThat(w.node().propertyNames())
          .as("properties of %s", w.pointer())
          .containsExactlyElementsOf(presentComponentNames(w.record()));
    }
  }

  @Test
  void planPropertiesAreTheComponentsOfIntegrationPlan() {
    JsonNode node = PLAIN.readTree(PlanJson.create().write(CanaryPlans.everyStringACanary()));
    assertThat(node.propertyNames()).containsExactly(
        "id", "schemaVersion", "status", "created", "updated", "counsellingPeriod", "responsibleOrganisation",
        "integrationManager", "consent", "person", "competenceProfile", "goals", "measures", "reviews",
        "closure", "extensions");
    assertThat(node.propertyNames()).containsExactlyElementsOf(componentNames(IntegrationPlan.class));
  }

  @Test
  void severalTypesHaveTheirComponentNamesAsKeys() {
    JsonNode plan = PLAIN.readTree(PlanJson.create().write(CanaryPlans.everyStringACanary()));
    assertThat(plan.get("person").propertyNames()).containsExactlyElementsOf(componentNames(Person.class));
    assertThat(plan.get("goals").get(0).propertyNames()).containsExactlyElementsOf(componentNames(Goal.class));
    assertThat(plan.get("goals").get(0).get("target").propertyNames()).containsExactlyElementsOf(componentNames(GoalTarget.class));
    assertThat(plan.get("measures").get(0).propertyNames()).containsExactlyElementsOf(componentNames(Measure.class));
    assertThat(plan.get("competenceProfile").get("qualifications").get(0).propertyNames())
        .containsExactlyElementsOf(componentNames(Qualification.class));
    assertThat(plan.get("competenceProfile").get("qualifications").get(0).get("occupation").propertyNames())
        .containsExactlyElementsOf(componentNames(Coding.class));
    assertThat(plan.get("extensions").get(0).propertyNames()).containsExactlyElementsOf(componentNames(Extension.class));
  }

  @Test
  void methodsThatAreNotComponentsAreNotWritten() {
    String text = PlanJson.create().write(TestPlans.complete());
    // Goal.pursued(), Consent.withdrawn(), LanguageSkill.currentLevel() are derived, not data
    assertThat(text).doesNotContain("\"pursued\"").doesNotContain("\"withdrawn\"").doesNotContain("\"currentLevel\"");
  }
}
