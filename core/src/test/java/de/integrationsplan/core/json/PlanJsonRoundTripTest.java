package de.integrationsplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.Coding;
import de.integrationsplan.core.model.v1.CompetenceProfile;
import de.integrationsplan.core.model.v1.Consent;
import de.integrationsplan.core.model.v1.ConsentScope;
import de.integrationsplan.core.model.v1.EducationTarget;
import de.integrationsplan.core.model.v1.EducationTargetKind;
import de.integrationsplan.core.model.v1.EmploymentKind;
import de.integrationsplan.core.model.v1.Extension;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.HousingTarget;
import de.integrationsplan.core.model.v1.HousingTargetKind;
import de.integrationsplan.core.model.v1.IdentifyingData;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LanguageTarget;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.RecognitionOutcome;
import de.integrationsplan.core.model.v1.RecognitionTarget;
import de.integrationsplan.core.model.v1.Schooling;
import de.integrationsplan.core.model.v1.WorkExperience;
import de.integrationsplan.core.model.v1.WorkTarget;
import de.integrationsplan.core.testing.CanaryPlans;
import de.integrationsplan.core.testing.ModelGraph;
import de.integrationsplan.core.testing.TestPlans;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Write, then read: every record type comes back equal. */
final class PlanJsonRoundTripTest {

  private final PlanJson json = PlanJson.create();

  private IntegrationPlan roundTrip(IntegrationPlan plan) {
    return json.read(json.write(plan), IntegrationPlan.class);
  }

  @Test
  void completePlanComesBackEqual() {
    IntegrationPlan plan = TestPlans.complete();
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void minimalPlanComesBackEqual() {
    IntegrationPlan plan = TestPlans.minimal();
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void planWithEveryComponentSetIsWrittenWholeAndOnlyItsCanaryValuesBreakTheSchema() {
    // canaries are not valid ids, codes or dates: reading them back must fail on values only
    String written = json.write(CanaryPlans.everyStringACanary());
    for (var view : de.integrationsplan.core.internal.model.ModelView.records(IntegrationPlan.class)) {
      for (var component : view.components()) {
        assertThat(written).as("the writer writes %s", component.where()).contains("\"" + component.name() + "\":");
      }
    }
    PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
        () -> json.read(written));
    assertThat(e.issues()).extracting(de.integrationsplan.core.validation.ValidationIssue::code)
        .isSubsetOf("schema.pattern", "schema.enum", "schema.format", "schema.maxLength", "schema.maxProperties");
  }

  @Test
  void planWithEveryComponentSetUsesEveryRecordTypeOfTheModel() {
    Map<Class<?>, Long> found = ModelGraph.records(CanaryPlans.everyStringACanary()).stream()
        .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(ModelGraph.recordTypes());
  }

  @Test
  void completePlanUsesEveryRecordTypeButClosureWhichAnActivePlanCannotHave() {
    Map<Class<?>, Long> found = ModelGraph.records(TestPlans.complete()).stream()
        .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(ModelGraph.recordTypes().stream()
        .filter(t -> t != de.integrationsplan.core.model.v1.Closure.class).toList());
  }

  @Test
  void completedPlanWithClosureComesBackEqual() {
    IntegrationPlan plan = TestPlans.completeBuilder()
        .status(de.integrationsplan.core.model.v1.PlanStatus.COMPLETED)
        .closure(new de.integrationsplan.core.model.v1.Closure(LocalDate.of(2027, 12, 31),
            de.integrationsplan.core.model.v1.ClosureReason.GOALS_ACHIEVED, "Selbstständig angekommen"))
        .build();
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @Test
  void prettyTextComesBackEqual() {
    IntegrationPlan plan = TestPlans.complete();
    assertThat(json.read(json.writePretty(plan))).isEqualTo(plan);
  }

  @Test
  void bytesComeBackEqual() {
    IntegrationPlan plan = TestPlans.complete();
    assertThat(json.read(json.writeBytes(plan))).isEqualTo(plan);
  }

  @Test
  void streamComesBackEqual() {
    IntegrationPlan plan = TestPlans.complete();
    assertThat(json.read(new ByteArrayInputStream(json.writeBytes(plan)))).isEqualTo(plan);
  }

  @Test
  void secondRoundTripWritesTheSameText() {
    String first = json.write(TestPlans.complete());
    assertThat(json.write(json.read(first))).isEqualTo(first);
  }

  static Stream<Arguments> goalTargets() {
    return Stream.of(
        Arguments.of("language", GoalArea.LANGUAGE, GoalTarget.language(new LanguageTarget("deu", CefrLevel.C1))),
        Arguments.of("work without occupation", GoalArea.WORK, GoalTarget.work(new WorkTarget(EmploymentKind.MINI_JOB, null))),
        Arguments.of("work with occupation", GoalArea.WORK, GoalTarget.work(new WorkTarget(EmploymentKind.EMPLOYMENT,
            new Coding(Coding.ISCO_08, "08", "2221", "Nursing professionals")))),
        Arguments.of("recognition", GoalArea.RECOGNITION, GoalTarget.recognition(new RecognitionTarget("q1", RecognitionOutcome.PARTIAL_EQUIVALENCE))),
        Arguments.of("housing", GoalArea.HOUSING, GoalTarget.housing(new HousingTarget(HousingTargetKind.LARGER_APARTMENT))),
        Arguments.of("education without certificate", GoalArea.SCHOOL, GoalTarget.education(new EducationTarget(EducationTargetKind.TRAINING_PLACE, null))),
        Arguments.of("education with certificate", GoalArea.SCHOOL, GoalTarget.education(new EducationTarget(EducationTargetKind.SCHOOL_CERTIFICATE,
            de.integrationsplan.core.model.v1.SchoolCertificateEquivalent.MITTLERER_SCHULABSCHLUSS))),
        Arguments.of("text", GoalArea.OTHER, GoalTarget.text("Führerschein Klasse B")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goalTargets")
  void everyKindOfGoalTargetComesBackEqual(String kind, GoalArea area, GoalTarget target) {
    IntegrationPlan plan = TestPlans.minimal().toBuilder()
        .goal(Goal.builder("g1", area, "Ziel").target(target).build())
        .build();
    assertThat(roundTrip(plan)).isEqualTo(plan);
    assertThat(roundTrip(plan).goals().get(0).target()).isEqualTo(target);
  }

  static Stream<Arguments> extensionValues() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("a", List.of(1, List.of("x", false), Map.of("deep", new BigDecimal("0.1"))));
    nested.put("b", Map.of("c", Map.of("d", "e")));
    return Stream.of(
        Arguments.of("string", "HD-IM-2025-0113"),
        Arguments.of("empty string", ""),
        Arguments.of("string with unicode and escapes", "ä ß \u0644 \"quoted\" \\ \n tab\t \uD83D\uDE00"),
        Arguments.of("true", true),
        Arguments.of("false", false),
        Arguments.of("integer", 42),
        Arguments.of("negative integer", -7),
        Arguments.of("zero", 0),
        Arguments.of("long", 9_000_000_000L),
        Arguments.of("big integer", new BigInteger("123456789012345678901234567890")),
        Arguments.of("big decimal", new BigDecimal("2.5")),
        Arguments.of("big decimal with trailing zero", new BigDecimal("2.50")),
        Arguments.of("negative big decimal", new BigDecimal("-0.001")),
        Arguments.of("big decimal with many digits", new BigDecimal("3.14159265358979323846264338327950")),
        Arguments.of("list of mixed values", List.of("a", 1, true, new BigDecimal("1.5"))),
        Arguments.of("nested list", List.of(List.of(List.of("x")), List.of(1, 2))),
        Arguments.of("map", Map.of("interpreterNeeded", true, "score", new BigDecimal("2.5"))),
        Arguments.of("nested list and map", nested),
        Arguments.of("empty list", List.of()),
        Arguments.of("empty map", Map.of()),
        Arguments.of("map with empty list", Map.of("tags", List.of())));
  }

  /** Java numbers that JSON cannot tell apart from others: the plan holds them as the reader gives them back. */
  static Stream<Arguments> extensionNumbersOfOtherJavaTypes() {
    return Stream.of(
        Arguments.of("small long", 7L, 7),
        Arguments.of("short", (short) 7, 7),
        Arguments.of("byte", (byte) -7, -7),
        Arguments.of("small big integer", BigInteger.valueOf(7), 7),
        Arguments.of("long-sized big integer", BigInteger.valueOf(9_000_000_000L), 9_000_000_000L),
        Arguments.of("big decimal without fraction", new BigDecimal("42"), 42),
        Arguments.of("double", 1.5d, new BigDecimal("1.5")),
        Arguments.of("integral double", 2.0d, new BigDecimal("2.0")),
        Arguments.of("float", 0.1f, new BigDecimal("0.1")),
        Arguments.of("double with exponent", 1e-7, new BigDecimal("1.0E-7")),
        Arguments.of("in a map", Map.of("seed", 3L), Map.of("seed", 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensionNumbersOfOtherJavaTypes")
  void extensionNumberOfAnyJavaTypeComesBackEqual(String kind, Object value, Object normalized) {
    IntegrationPlan plan = TestPlans.minimal().toBuilder()
        .extension(new Extension("urn:vendor:x", value))
        .build();
    assertThat(plan.extensions().get(0).value()).isEqualTo(normalized);
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensionValues")
  void extensionValueOfEachJsonKindComesBackEqual(String kind, Object value) {
    IntegrationPlan plan = TestPlans.minimal().toBuilder()
        .extension(new Extension("urn:vendor:x", value))
        .build();
    assertThat(roundTrip(plan)).isEqualTo(plan);
    assertThat(roundTrip(plan).extensions().get(0).value()).isEqualTo(value);
  }

  @Test
  void orderOfMapKeysInExtensionValueIsKept() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : List.of("zeta", "alpha", "mu", "beta")) {
      ordered.put(key, key);
    }
    IntegrationPlan plan = TestPlans.minimal().toBuilder().extension(new Extension("urn:vendor:x", ordered)).build();
    Object back = roundTrip(plan).extensions().get(0).value();
    assertThat(back).isInstanceOf(Map.class);
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) back).keySet())).containsExactly("zeta", "alpha", "mu", "beta");
  }

  static Stream<Arguments> optionalComponents() {
    return Stream.<Arguments>of(
        variant("plan.updated", b -> b.updated(OffsetDateTime.parse("2026-01-06T10:00:00+01:00"))),
        variant("plan.consent", b -> b.consent(new Consent(LocalDate.of(2026, 1, 5), List.of(ConsentScope.ANONYMOUS_STATISTICS), null))),
        variant("consent.withdrawnOn", b -> b.consent(new Consent(LocalDate.of(2026, 1, 5), List.of(ConsentScope.SPECIAL_CATEGORIES), LocalDate.of(2026, 2, 1)))),
        variant("counsellingPeriod.extensionJustification", b -> b.counsellingPeriod(
            new de.integrationsplan.core.model.v1.CounsellingPeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2030, 1, 4), "Ausbildung läuft"))),
        variant("responsibleOrganisation.name", b -> b.responsibleOrganisation(
            new de.integrationsplan.core.model.v1.ResponsibleOrganisation("08111000", "Landeshauptstadt Stuttgart"))),
        variant("person.identifyingData", b -> b.person(Person.builder("p-1").identifyingData(new IdentifyingData("Rania", null, null)).build())),
        variant("identifyingData.birthDate only", b -> b.person(Person.builder("p-1").identifyingData(new IdentifyingData(null, null, LocalDate.of(1990, 1, 1))).build())),
        variant("person.birthYear", b -> b.person(Person.builder("p-1").birthYear(1985).build())),
        variant("person.countryOfOrigin", b -> b.person(Person.builder("p-1").countryOfOrigin("AF").build())),
        variant("person.nationalities", b -> b.person(Person.builder("p-1").nationality("AF", "IR").build())),
        variant("person.languages", b -> b.person(Person.builder("p-1").language("prs", "fa-AF").build())),
        variant("person.residence without dates", b -> b.person(Person.builder("p-1").residence(
            de.integrationsplan.core.model.v1.ResidenceStatus.of(de.integrationsplan.core.model.v1.LegalBasis.AUFENTHG_24)).build())),
        variant("person.household without children", b -> b.person(Person.builder("p-1").household(
            new de.integrationsplan.core.model.v1.Household(1, List.of())).build())),
        variant("person.accommodation without date", b -> b.person(Person.builder("p-1").accommodation(
            new de.integrationsplan.core.model.v1.Accommodation(de.integrationsplan.core.model.v1.AccommodationType.SHELTER, null)).build())),
        variant("empty competence profile", b -> b.competenceProfile(CompetenceProfile.builder().build())),
        variant("schooling with nothing set", b -> b.competenceProfile(CompetenceProfile.builder()
            .schooling(new Schooling(null, null, null, null, null)).build())),
        variant("work experience with months", b -> b.competenceProfile(CompetenceProfile.builder()
            .workExperience(new WorkExperience(null, "Schneiderin", "AF", YearMonth.of(2010, 1), null)).build())),
        variant("qualification with id and title only", b -> b.competenceProfile(CompetenceProfile.builder()
            .qualification(de.integrationsplan.core.model.v1.Qualification.builder("q9", "Diplom").build()).build())),
        variant("closure", b -> b.status(de.integrationsplan.core.model.v1.PlanStatus.CLOSED)
            .closure(new de.integrationsplan.core.model.v1.Closure(LocalDate.of(2026, 3, 1),
                de.integrationsplan.core.model.v1.ClosureReason.MOVED_AWAY, null))),
        variant("measure with no optional component", b -> b.measure(de.integrationsplan.core.model.v1.Measure.builder(
            "m1", de.integrationsplan.core.model.v1.MeasureKind.OTHER, de.integrationsplan.core.model.v1.ResponsibleParty.OTHER).build())),
        variant("review with no optional component", b -> b.review(new de.integrationsplan.core.model.v1.Review(
            LocalDate.of(2026, 2, 1), List.of(), List.of(), null, null))));
  }

  private static Arguments variant(String name, UnaryOperator<IntegrationPlan.Builder> change) {
    return Arguments.of(name, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionalComponents")
  void planWithOneOptionalComponentSetComesBackEqual(String name, UnaryOperator<IntegrationPlan.Builder> change) {
    IntegrationPlan plan = change.apply(TestPlans.minimal().toBuilder()).build();
    assertThat(plan).isNotEqualTo(TestPlans.minimal());
    assertThat(roundTrip(plan)).isEqualTo(plan);
  }
}
