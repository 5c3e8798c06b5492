package de.integrationsplan.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Migration of the valid 1.0 examples and of a plan that needs every conversion. */
final class PlanMigrationTest {

  private static final Path VALID = Path.of("../examples/plans/valid");
  private static final String EVERY_CONVERSION = "every-conversion-1.0.json";
  private static final PlanJson JSON = PlanJson.create();
  private static final PlanValidator VALIDATOR = PlanValidator.create();

  static Stream<Path> validExamples() throws IOException {
    try (Stream<Path> files = Files.list(VALID)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static IntegrationPlan read(Path file) throws IOException {
    return JSON.read(Files.readString(file, StandardCharsets.UTF_8), IntegrationPlan.class);
  }

  private static IntegrationPlan everyConversion() throws IOException {
    try (var in = PlanMigrationTest.class.getResourceAsStream(EVERY_CONVERSION)) {
      assertThat(in).as(EVERY_CONVERSION).isNotNull();
      return JSON.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), IntegrationPlan.class);
    }
  }

  /** The errors of the migrated plan as 2.0, but the consent that 2.0 asks for and 1.0 did not. */
  static List<ValidationIssue> errorsButConsent(ValidationReport report) {
    return report.errors().stream().filter(i -> !i.code().equals("plan.consent.specialCategoriesMissing")).toList();
  }

  @ParameterizedTest(name = "{0} migrates to a 2.0 plan without errors but the consent 2.0 asks for")
  @MethodSource("validExamples")
  void validExampleMigratesToAValidPlan(Path file) throws IOException {
    IntegrationPlan plan = read(file);
    MigrationResult result = PlanMigration.toV2(plan);
    ValidationReport report = VALIDATOR.validate(JSON.write(result.plan()));
    assertThat(errorsButConsent(report)).as("%s", report.errors()).isEmpty();
    boolean consentMissing = report.errors().stream()
        .anyMatch(i -> i.code().equals("plan.consent.specialCategoriesMissing"));
    assertThat(result.issues().stream().anyMatch(i -> i.code().equals(PlanMigration.SPECIAL_CATEGORIES_CONSENT)))
        .as("migration.specialCategoriesConsent is reported exactly when 2.0 misses the consent")
        .isEqualTo(consentMissing);
  }

  @ParameterizedTest(name = "{0} loses no value")
  @MethodSource("validExamples")
  void validExampleLosesNoValue(Path file) throws IOException {
    IntegrationPlan plan = read(file);
    assertThat(Completeness.lost(JSON.write(plan), JSON.write(PlanMigration.toV2(plan).plan()))).isEmpty();
  }

  @ParameterizedTest(name = "{0} migrates the same way twice")
  @MethodSource("validExamples")
  void migrationIsDeterministic(Path file) throws IOException {
    IntegrationPlan plan = read(file);
    MigrationResult first = PlanMigration.toV2(plan);
    MigrationResult second = PlanMigration.create().migrate(read(file));
    assertThat(JSON.write(second.plan())).isEqualTo(JSON.write(first.plan()));
    assertThat(second.issues()).isEqualTo(first.issues());
  }

  @Test
  void everyConversionKeepsEveryValue() throws IOException {
    IntegrationPlan plan = everyConversion();
    assertThat(VALIDATOR.validate(JSON.write(plan)).errors()).as("the fixture is valid as 1.0").isEmpty();
    MigrationResult result = PlanMigration.toV2(plan);
    assertThat(Completeness.lost(JSON.write(plan), JSON.write(result.plan()))).isEmpty();
    ValidationReport report = VALIDATOR.validate(JSON.write(result.plan()));
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void everyConversionIsReportedAtItsOldPointer() throws IOException {
    MigrationResult result = PlanMigration.toV2(everyConversion());
    assertThat(result.issues()).extracting(ValidationIssue::code, ValidationIssue::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PlanMigration.FICTION_CERTIFICATE, "/person/residence/basis"),
        org.assertj.core.groups.Tuple.tuple(PlanMigration.KEPT_IN_EXTENSION,
            "/competenceProfile/qualifications/0/recognition/decidedOn"),
        org.assertj.core.groups.Tuple.tuple(PlanMigration.KEPT_IN_EXTENSION,
            "/competenceProfile/qualifications/1/recognition/appliedOn"),
        org.assertj.core.groups.Tuple.tuple(PlanMigration.STATEMENT_AS_OUTCOME,
            "/competenceProfile/qualifications/2/recognition/outcome"));
    assertThat(result.issues()).allSatisfy(i -> {
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.source()).isEqualTo(IssueSource.MIGRATION);
    });
  }

  @Test
  void convertsWhatFormat2TypesDifferently() throws IOException {
    var migrated = PlanMigration.toV2(everyConversion()).plan();
    assertThat(migrated.schemaVersion()).isEqualTo("2.0");
    assertThat(migrated.person().targetGroup()).isEqualTo("FOLLOW_UP_ACCOMMODATION");
    assertThat(migrated.person().housing().form().name()).isEqualTo("SHARED_ACCOMMODATION");
    assertThat(migrated.person().residence().legalBasis()).isEqualTo("AUFENTHG_81_FICTION");
    assertThat(migrated.person().residence().fictionCertificate()).isNotNull();
    assertThat(migrated.person().residence().validUntil()).isNull();
    assertThat(migrated.person().household().members()).extracting(m -> m.id()).containsExactly("child-1", "child-2");
    assertThat(migrated.responsibleOrganisation().kind().name()).isEqualTo("MUNICIPALITY");
    assertThat(migrated.measures()).extracting(m -> m.responsible()).contains("MIGRATION_COUNSELLING");
    var recognitions = migrated.competenceProfile().qualifications().stream().map(q -> q.recognition()).toList();
    assertThat(recognitions).extracting(r -> r.state(), r -> r.outcome()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("PENDING", null),
        org.assertj.core.groups.Tuple.tuple("NOT_APPLIED", null),
        org.assertj.core.groups.Tuple.tuple("DECIDED", "FULL_EQUIVALENCE"));
    assertThat(migrated.codeLists()).allSatisfy(ref -> assertThat(ref.version())
        .isEqualTo(ref.uri().endsWith(":staatsangehoerigkeit") ? "2021-02-19"
            : ref.uri().endsWith(":recognition-state") || ref.uri().endsWith(":target-group")
            ? "2026-12-01" : PlanMigration.FIRST_VERSION));
  }

  @Test
  void mapsIsoNationalitiesToDestatisKeysAndKeepsWhatTheListDoesNotMap() throws IOException {
    String text = JSON.write(everyConversion()).replaceFirst("\"nationalities\":\\[[^\\]]*\\]",
        "\"nationalities\":[\"SY\",\"STATELESS\",\"GI\",\"UNKNOWN\",\"XK\"]");
    assertThat(text).contains("\"GI\"");
    IntegrationPlan plan = JSON.read(text, IntegrationPlan.class);
    MigrationResult result = PlanMigration.toV2(plan);
    // SY is 475 (syrisch), Gibraltar has no key of its own: kept in the extension, never dropped
    assertThat(result.plan().person().nationalities()).containsExactly("475", "997", "998", "150");
    assertThat(result.issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple(PlanMigration.KEPT_IN_EXTENSION, "/person/nationalities/2"));
    assertThat(result.plan().codeLists()).contains(
        new de.integrationsplan.core.model.v2.CodeListReference(
            "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit", "2021-02-19"));
    assertThat(Completeness.lost(JSON.write(plan), JSON.write(result.plan()))).isEmpty();
  }

  @Test
  void aHouseholdTooLargeForASizeKeepsItsAdults() throws IOException {
    String text;
    try (var in = PlanMigrationTest.class.getResourceAsStream(EVERY_CONVERSION)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"adults\" : 1,", "\"adults\" : 30,");
    }
    IntegrationPlan plan = JSON.read(text, IntegrationPlan.class);
    MigrationResult result = PlanMigration.toV2(plan);
    assertThat(result.plan().person().household().size()).isNull();
    assertThat(result.issues()).extracting(ValidationIssue::pointer).contains("/person/household/adults");
    assertThat(Completeness.lost(JSON.write(plan), JSON.write(result.plan()))).isEmpty();
    assertThat(VALIDATOR.validate(JSON.write(result.plan())).errors()).isEmpty();
  }

  @Test
  void aLossyMigrationFailsTheCheck() throws IOException {
    IntegrationPlan plan = everyConversion();
    String migrated = JSON.write(PlanMigration.toV2(plan).plan());
    // a deliberately lossy mapping: the migration extension dropped, as a migration that forgets it would
    String lossy = migrated.replaceAll(",?\\{\"url\":\"https://integrationsplan\\.de/extensions/migration-1\\.0\"[^\\]]*\\]\\}", "");
    assertThat(lossy).isNotEqualTo(migrated);
    assertThat(Completeness.lost(JSON.write(plan), lossy)).containsExactly(
        "/competenceProfile/qualifications/0/recognition/decidedOn",
        "/competenceProfile/qualifications/1/recognition/appliedOn");
  }

  @ParameterizedTest(name = "{0} fails the check when a mapping loses a value")
  @MethodSource("validExamples")
  void aMappingThatLosesAValueFailsTheCheck(Path file) throws IOException {
    IntegrationPlan plan = read(file);
    var migrated = PlanMigration.toV2(plan).plan();
    // a deliberately lossy mapping: the person's languages not carried over
    var p = migrated.person();
    var withoutLanguages = new de.integrationsplan.core.model.v2.Person(p.pseudonym(), p.identifyingData(),
        p.birthYear(), p.minor(), p.sex(), p.nationalities(), p.countryOfOrigin(), List.of(), p.municipalityKey(),
        p.targetGroup(), p.residence(), p.benefits(), p.household(), p.housing(), p.disability());
    var lossy = migrated.toBuilder().person(withoutLanguages).build();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < plan.person().languages().size(); i++) {
      expected.add("/person/languages/" + i);
    }
    assertThat(Completeness.lost(JSON.write(plan), JSON.write(lossy))).isEqualTo(expected);
  }

  @Test
  void aPlanOfFormat2IsPassedThrough() throws IOException {
    var migrated = PlanMigration.toV2(everyConversion()).plan();
    MigrationResult again = PlanMigration.create(Locale.ENGLISH).migrate(migrated);
    assertThat(again.plan()).isSameAs(migrated);
    assertThat(again.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(PlanMigration.ALREADY_CURRENT);
      assertThat(i.severity()).isEqualTo(Severity.INFO);
      assertThat(i.message()).startsWith("The plan is already in format 2.0");
    });
  }

  @Test
  void findingsHaveMessagesInBothLanguages() throws IOException {
    IntegrationPlan plan = everyConversion();
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      assertThat(PlanMigration.create(locale).migrate(plan).issues())
          .allSatisfy(i -> assertThat(i.message()).isNotBlank().doesNotContain("2026-03-02"));
    }
  }
}
