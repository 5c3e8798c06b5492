package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.PlanStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** German by default, English for an English locale; codes and pointers alike in both. */
final class MessageLanguagesTest {

  /** Due date before agreement, unknown nationality, missing consent. */
  private static IntegrationPlan invalidPlan() {
    IntegrationPlan plan = Variants.replaceGoal(base(), 0, g -> g.toBuilder().dueDate(LocalDate.of(2025, 1, 1)).build());
    plan = Variants.person(plan, b -> b.nationality("XX"));
    return plan.toBuilder().status(PlanStatus.ON_HOLD).consent(null).build();
  }

  private static Map<String, String> messagesByCode(ValidationReport report) {
    return report.issues().stream().collect(Collectors.toMap(ValidationIssue::code, ValidationIssue::message));
  }

  @Test
  void speaksGermanByDefault() {
    PlanValidator validator = PlanValidator.create();
    assertThat(validator.locale()).isEqualTo(Locale.GERMAN);
    Map<String, String> messages = messagesByCode(validator.validate(invalidPlan()));
    assertThat(messages).containsEntry("plan.goal.dueBeforeAgreement", "Ziel 1 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.")
        .containsEntry("plan.consent.missing",
            "Einwilligung: Die Einwilligung der Person fehlt. Sie ist nötig, sobald der Integrationsplan kein Entwurf mehr ist.");
    assertThat(messages.get("value.countryCode")).startsWith("Person › Staatsangehörigkeiten, Eintrag 2: Kein gültiger Ländercode");
  }

  @Test
  void speaksEnglishForEnglishLocale() {
    Map<String, String> messages = messagesByCode(Variants.ENGLISH.validate(invalidPlan()));
    assertThat(messages).containsEntry("plan.goal.dueBeforeAgreement", "Goal 1 › Due date: The due date of the goal is before the date it was agreed.")
        .containsEntry("plan.consent.missing",
            "Consent: The person's consent is missing. It is required once the integration plan is no longer a draft.");
    assertThat(messages.get("value.countryCode")).startsWith("Person › Nationalities, entry 2: Not a valid country code");
  }

  @Test
  void reportsSameCodesPointersAndSeveritiesInBothLanguages() {
    Function<ValidationReport, List<?>> shape = r -> r.issues().stream()
        .map(i -> tuple(i.severity(), i.code(), i.pointer(), i.source())).toList();
    ValidationReport german = Variants.GERMAN.validate(invalidPlan());
    ValidationReport english = Variants.ENGLISH.validate(invalidPlan());
    assertThat(german.issues()).hasSize(3);
    assertThat(shape.apply(english)).isEqualTo(shape.apply(german));
    assertThat(german.issues()).extracting(ValidationIssue::pointer)
        .containsExactly("/consent", "/goals/0/dueDate", "/person/nationalities/1");
    for (int i = 0; i < german.issues().size(); i++) {
      assertThat(english.issues().get(i).message()).isNotEqualTo(german.issues().get(i).message());
    }
  }

  @ParameterizedTest(name = "locale {0} gives English messages")
  @ValueSource(strings = {"en", "en-GB", "en-US"})
  void anyEnglishLocaleGivesEnglish(String tag) {
    PlanValidator validator = PlanValidator.builder().locale(Locale.forLanguageTag(tag)).build();
    assertThat(messagesByCode(validator.validate(invalidPlan())))
        .containsEntry("plan.goal.dueBeforeAgreement", "Goal 1 › Due date: The due date of the goal is before the date it was agreed.");
  }

  @ParameterizedTest(name = "locale {0} gives German messages")
  @ValueSource(strings = {"de", "de-DE", "fr", "ar-SY", "uk"})
  void everyOtherLocaleGivesGerman(String tag) {
    PlanValidator validator = PlanValidator.builder().locale(Locale.forLanguageTag(tag)).build();
    assertThat(messagesByCode(validator.validate(invalidPlan())))
        .containsEntry("plan.goal.dueBeforeAgreement", "Ziel 1 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.");
  }

  @Test
  void warningIsLocalizedToo() {
    IntegrationPlan plan = Variants.withMeasures(base(), base().measures().subList(0, 2));
    assertThat(Variants.GERMAN.validate(plan).warnings()).extracting(ValidationIssue::message)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith(": Für dieses vereinbarte oder laufende Ziel ist noch keine Maßnahme geplant.").startsWith("Ziel ");
    assertThat(Variants.ENGLISH.validate(plan).warnings()).extracting(ValidationIssue::message)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith(": No measure is planned yet for this agreed or active goal.").startsWith("Goal ");
  }
}
