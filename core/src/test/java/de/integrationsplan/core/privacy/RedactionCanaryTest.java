package de.integrationsplan.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.testing.CanaryPlans;
import de.integrationsplan.core.testing.ModelGraph;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A redacted plan holds none of the canaries it must not hold, in JSON, toString() or messages. */
final class RedactionCanaryTest {

  private final IntegrationPlan canaries = CanaryPlans.everyStringACanary();

  @Test
  void canaryPlanHasIdentifyingCanaries() {
    assertThat(canariesByComponent(PersonalData.Category.IDENTIFYING))
        .containsValues("Person.pseudonym", "IntegrationPlan.integrationManager", "IdentifyingData.givenNames",
            "IdentifyingData.familyName", "Extension.value")
        .hasSizeGreaterThanOrEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void redactedJsonHoldsNoIdentifyingCanary(RedactionLevel level) {
    String json = PlanJson.create().write(Keys.redactor(level).redact(canaries));
    canariesByComponent(PersonalData.Category.IDENTIFYING).forEach((canary, component) ->
        assertThat(json).as(component).doesNotContain(canary));
  }

  @Test
  void identifyingCanariesAreInTheJsonBeforeRedaction() {
    String json = PlanJson.create().write(canaries);
    canariesByComponent(PersonalData.Category.IDENTIFYING).forEach((canary, component) ->
        assertThat(json).as(component).contains(canary));
  }

  @Test
  void statisticsLevelJsonHoldsNoCanaryAtAll() {
    String json = PlanJson.create().write(Keys.redactor(RedactionLevel.STATISTICS).redact(canaries));
    assertThat(json).doesNotContain(CanaryPlans.MARKER);
  }

  @Test
  void exchangeLevelWithoutConsentHoldsNoSpecialCategoryCanary() {
    String json = PlanJson.create().write(Keys.redactor(RedactionLevel.EXCHANGE).redact(canaries));
    canariesByComponent(PersonalData.Category.SPECIAL_CATEGORY).forEach((canary, component) ->
        assertThat(json).as(component).doesNotContain(canary));
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void toStringOfEveryRedactedRecordHasNoCanary(RedactionLevel level) {
    IntegrationPlan redacted = Keys.redactor(level).redact(canaries);
    for (Record r : ModelGraph.records(redacted)) {
      assertThat(r.toString()).as(r.getClass().getSimpleName()).doesNotContain(CanaryPlans.MARKER);
    }
    assertThat(redacted.goals().toString() + redacted.measures() + redacted.reviews())
        .doesNotContain(CanaryPlans.MARKER);
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void validationMessagesOfRedactedPlanHaveNoCanary(RedactionLevel level) {
    IntegrationPlan redacted = Keys.redactor(level).redact(canaries);
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      List<ValidationIssue> issues = PlanValidator.builder().locale(locale).build().validate(redacted).issues();
      assertThat(issues).isNotEmpty(); // the canary plan is not valid, and redaction does not make it so
      for (ValidationIssue issue : issues) {
        assertThat(issue.message() + issue.pointer() + issue.code() + issue).doesNotContain(CanaryPlans.MARKER);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RedactionLevel.class)
  void validationMessagesOfRedactedJsonHaveNoCanary(RedactionLevel level) {
    String json = PlanJson.create().write(Keys.redactor(level).redact(canaries));
    for (ValidationIssue issue : PlanValidator.create().validate(json).issues()) {
      assertThat(issue.message() + issue.pointer() + issue).doesNotContain(CanaryPlans.MARKER);
    }
  }

  /** Every canary of the plan found in a component of the given category, with that component. */
  private Map<String, String> canariesByComponent(PersonalData.Category category) {
    Map<String, String> out = new TreeMap<>();
    ModelGraph.visit(canaries, (path, value) -> {
      if (value instanceof String s && s.contains(CanaryPlans.MARKER)) {
        String component = path.replaceAll("[\\[{].*$", "");
        if (category(component) == category) {
          out.put(s, component);
        }
      }
    });
    return out;
  }

  private static PersonalData.Category category(String component) {
    List<String> names = new ArrayList<>();
    for (Class<?> type : ModelGraph.recordTypes()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        String name = type.getSimpleName() + "." + rc.getName();
        names.add(name);
        if (name.equals(component)) {
          return rc.getAnnotation(PersonalData.class).value();
        }
      }
    }
    throw new IllegalArgumentException(component + " not in " + names);
  }
}
