package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.testing.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages a caseworker can act on: the place by the model's labels, elements counted from 1,
 * what is expected with an example, the allowed codes or the nearest; pointers stay as they are.
 */
final class FindingMessagesTest {

  private static final String MINIMAL = "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"schemaVersion\":\"1.0\","
      + "\"status\":\"DRAFT\",\"created\":\"2026-01-05T08:00:00Z\","
      + "\"counsellingPeriod\":{\"start\":\"2026-01-05\",\"plannedEnd\":\"2029-01-04\"},"
      + "\"responsibleOrganisation\":{\"municipalityKey\":\"08111000\"},"
      + "\"integrationManager\":\"im-s-01\",\"person\":{\"pseudonym\":\"p-1\"}}";

  private static ValidationIssue only(PlanValidator validator, String json) {
    List<ValidationIssue> issues = validator.validate(json).issues();
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  private static String swap(String target, String replacement) {
    assertThat(MINIMAL).contains(target);
    return MINIMAL.replace(target, replacement);
  }

  /** A proposed language goal with more members. */
  private static String goal(String id, String more) {
    return "{\"id\":\"" + id + "\",\"area\":\"LANGUAGE\",\"description\":\"d\",\"status\":\"PROPOSED\"" + more + "}";
  }

  /** The minimal plan with these goals and more top-level members. */
  private static String withGoals(String goals, String more) {
    return swap("\"person\":", "\"goals\":[" + goals + "]" + more + ",\"person\":");
  }

  @Test
  void aPatternNamesTheFieldAndSaysWhatIsExpectedWithAnExample() {
    String json = swap("\"08111000\"", "\"08111\"");
    ValidationIssue de = only(Variants.GERMAN, json);
    assertThat(de.pointer()).isEqualTo("/responsibleOrganisation/municipalityKey");
    assertThat(de.message()).isEqualTo("Zuständige Kommune › Gemeindeschlüssel: Die Angabe hat nicht das erwartete "
        + "Format. Der Amtliche Gemeindeschlüssel (AGS) besteht aus genau 8 Ziffern, z. B. 08221000 für Heidelberg.");
    assertThat(only(Variants.ENGLISH, json).message()).startsWith("Responsible municipality › Municipality key: ")
        .contains("exactly 8 digits, such as 08221000");
  }

  @Test
  void anElementOfAListIsCountedFromOneAndNamedByItsKind() {
    String json = withGoals(goal("g1", "") + "," + goal("g2", ",\"agreedOn\":\"15.01.2026\""), "");
    ValidationIssue de = only(Variants.GERMAN, json);
    assertThat(de.pointer()).as("pointers stay 0-based, for machines").isEqualTo("/goals/1/agreedOn");
    assertThat(de.message()).isEqualTo("Ziel 2 › Datum der Zielvereinbarung: Die Angabe hat nicht das erwartete "
        + "Format. Erwartet wird ein Datum, das es gibt, im Format JJJJ-MM-TT, z. B. 2026-03-01.");
    assertThat(only(Variants.ENGLISH, json).message()).startsWith("Goal 2 › Date agreed: ").contains("YYYY-MM-DD");
  }

  @Test
  void anEntryOfAListOfValuesIsCountedFromOne() {
    String json = swap("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\",\"languages\":[\"ara\",\"Dari\"]}");
    ValidationIssue de = only(Variants.GERMAN, json);
    assertThat(de.pointer()).isEqualTo("/person/languages/1");
    assertThat(de.message()).startsWith("Person › Sprachen, Eintrag 2: ").contains("z. B. prs für Dari");
    assertThat(only(Variants.ENGLISH, json).message()).startsWith("Person › Languages, entry 2: ");
  }

  @Test
  void aCodeInOtherCaseOrInWordsGetsTheAllowedCodeSuggested() {
    ValidationIssue lower = only(Variants.GERMAN, swap("\"DRAFT\"", "\"draft\""));
    assertThat(lower.message()).isEqualTo("Status des Plans: Der Wert ist keiner der zulässigen Schlüsselwerte. "
        + "Zulässig sind: DRAFT, ACTIVE, ON_HOLD, COMPLETED, CLOSED, ENTERED_IN_ERROR. Meinten Sie DRAFT?");
    assertThat(only(Variants.GERMAN, swap("\"DRAFT\"", "\"Entwurf\"")).message()).endsWith("Meinten Sie DRAFT?");
    assertThat(only(Variants.ENGLISH, swap("\"DRAFT\"", "\"on hold\"")).message()).endsWith("Did you mean ON_HOLD?");
    assertThat(only(Variants.GERMAN, swap("\"DRAFT\"", "\"XYZ\"")).message()).as("nothing near: no suggestion")
        .doesNotContain("Meinten");
  }

  @Test
  void aCountryInWordsGetsItsCodeSuggested() {
    String json = swap("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\",\"countryOfOrigin\":\"Syrien\"}");
    ValidationIssue de = only(Variants.GERMAN, json);
    assertThat(de.code()).isEqualTo("schema.enum");
    assertThat(de.message()).startsWith("Person › Herkunftsland: ").contains("z. B. SY für Syrien").endsWith("Meinten Sie SY?");
    assertThat(only(Variants.ENGLISH, swap("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\",\"countryOfOrigin\":\"Afghanistan\"}"))
        .message()).endsWith("Did you mean AF?");
  }

  @Test
  void aWrongTypeSaysWhichTypeIsExpected() {
    ValidationIssue number = only(Variants.GERMAN, swap("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\",\"birthYear\":\"1990\"}"));
    assertThat(number.message()).isEqualTo("Person › Geburtsjahr: Der Wert hat den falschen Typ. "
        + "Erwartet wird eine ganze Zahl ohne Anführungszeichen, z. B. 1990.");
    ValidationIssue list = only(Variants.GERMAN, swap("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\",\"languages\":\"ara\"}"));
    assertThat(list.message()).endsWith("Erwartet wird eine Liste in eckigen Klammern [ ], auch bei nur einem Eintrag.");
    assertThat(only(Variants.GERMAN, "[]").message())
        .isEqualTo("Der Wert hat den falschen Typ. Erwartet wird ein Objekt mit Angaben in geschweiften Klammern.");
    ValidationIssue nothing = only(Variants.ENGLISH, swap("\"person\":", "\"updated\":null,\"person\":"));
    assertThat(nothing.message()).isEqualTo("Time of the last change: The value has the wrong type. "
        + "The value null is not allowed here; leave a missing value out altogether.");
  }

  @Test
  void anUnknownPropertyNearAKnownOneGetsItSuggested() {
    ValidationIssue de = only(Variants.GERMAN, swap("{\"pseudonym\":\"p-1\"}", "{\"pseudonym\":\"p-1\",\"birthyear\":1990}"));
    assertThat(de.code()).isEqualTo("schema.additionalProperties");
    assertThat(de.message()).startsWith("Person: Diese Eigenschaft ist im Integrationsplan nicht vorgesehen.")
        .endsWith("Meinten Sie „birthYear“?");
  }

  @Test
  void aListWithTooFewEntriesSaysWhatTheListIsFor() {
    String json = withGoals(goal("g1", ""),
        ",\"measures\":[{\"id\":\"m1\",\"goalIds\":[],\"kind\":\"COURSE\",\"responsible\":\"PERSON\",\"status\":\"PLANNED\"}]");
    ValidationIssue de = only(Variants.GERMAN, json);
    assertThat(de.message()).isEqualTo("Maßnahme 1 › Ziele der Maßnahme: Die Liste hat zu wenige Einträge "
        + "(mindestens 1). Eine Maßnahme muss mindestens einem Ziel dienen.");
  }

  @Test
  void ruleFindingsNameTheirPlaceAlike() {
    IntegrationPlan plan = Variants.replaceGoal(Variants.base(), 1,
        g -> g.toBuilder().agreedOn(TestPlans.START.plusDays(10)).dueDate(TestPlans.START.plusDays(5)).build());
    ValidationReport fromObject = Variants.GERMAN.validate(plan);
    ValidationReport fromJson = Variants.GERMAN.validate(PlanJson.create().write(plan));
    assertThat(fromObject.issues()).extracting(ValidationIssue::message)
        .containsExactly("Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.");
    assertThat(fromJson.issues()).extracting(ValidationIssue::message).isEqualTo(
        fromObject.issues().stream().map(ValidationIssue::message).toList());
  }
}
