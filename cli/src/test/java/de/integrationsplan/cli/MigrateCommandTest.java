package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.migration.PlanMigration;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code migrate}: 1.0 in, 2.0 out, findings on standard error, exit codes as {@code validate}. */
final class MigrateCommandTest {

  private static final Path VALID = Path.of("../examples/plans/valid");
  private static final String CONSENT_MISSING = "plan.consent.specialCategoriesMissing";
  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final PlanJson JSON = PlanJson.create();

  @TempDir
  Path dir;

  /** The errors of a 2.0 document but the consent that 2.0 asks for and 1.0 did not. */
  private static List<ValidationIssue> errorsButConsent(String json) {
    ValidationReport report = VALIDATOR.validate(json);
    assertThat(report.plan()).isInstanceOf(de.integrationsplan.core.model.v2.IntegrationPlan.class);
    return report.errors().stream().filter(i -> !i.code().equals(CONSENT_MISSING)).toList();
  }

  /**
   * The complete 1.0 plan with a health goal and without the consent to special categories: 1.0
   * asked for none, 2.0 does.
   */
  private static void healthGoal(ObjectNode plan) {
    ((tools.jackson.databind.node.ArrayNode) plan.get("goals")).addObject()
        .put("id", "g-health").put("area", "HEALTH").put("description", "Hausarzt in der Nähe finden")
        .put("status", "AGREED");
  }

  /** A 1.0 plan that needs the consent in 2.0, as JSON text. */
  private static String withHealthGoal() {
    return Plans.pretty(MigrateCommandTest::healthGoal);
  }

  /** The complete 1.0 plan with the consent to special categories, so that it is valid as 2.0 too. */
  private static void consented(ObjectNode plan) {
    ((tools.jackson.databind.node.ArrayNode) plan.get("consent").get("scopes")).add("SPECIAL_CATEGORIES");
  }

  @Test
  void migratesAFileToStandardOutputAsOneLine() {
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.pretty(MigrateCommandTest::consented));

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", plan.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).singleElement().satisfies(line -> {
      assertThat(Plans.tree(line).get("schemaVersion").asString()).isEqualTo("2.0");
      assertThat(VALIDATOR.validate(line).errors()).isEmpty();
    });
    assertThat(result.errLines()).last().asString().startsWith("1 document: 1 migrated, 0 passed through");
  }

  @Test
  void writesWhatTheLibraryWrites() throws IOException {
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.complete());
    Path out = dir.resolve("plan-2.0.json");

    CliRun.Result result = CliRun.run("migrate", plan.toString(), "--output", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    IntegrationPlan old = JSON.read(Plans.complete(), IntegrationPlan.class);
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(JSON.writePretty(PlanMigration.toV2(old).plan()) + "\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void reportsTheConsentThatFormat2AsksFor() {
    Path plan = Plans.write(dir.resolve("plan.json"), withHealthGoal());

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", plan.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains(plan + ": migrated to format 2.0")
        .contains("/consent/scopes " + PlanMigration.SPECIAL_CATEGORIES_CONSENT + " warning: ");
    assertThat(errorsButConsent(result.outLines().get(0))).isEmpty();
  }

  @Test
  void roundTripTheExamplesFolderMigratesAndValidates() throws IOException {
    Path out = dir.resolve("migrated");

    CliRun.Result migrate = CliRun.run("migrate", VALID.toString(), "--output", out + "/");

    assertThat(migrate.exitCode()).as(migrate.err()).isZero();
    List<String> names;
    try (Stream<Path> files = Files.list(VALID)) {
      names = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(names);
    }
    for (String name : names) {
      String migrated = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
      assertThat(errorsButConsent(migrated)).as(name).isEmpty();
    }
    // validate reads the migrated folder as 2.0; its only errors are the consents 2.0 asks for
    CliRun.Result validate = CliRun.run("validate", "--format", "json", out.toString());
    assertThat(validate.outLines()).isNotEmpty().allSatisfy(line -> {
      for (JsonNode issue : Plans.tree(line).get("issues")) {
        if (issue.get("severity").asString().equals("error")) {
          assertThat(issue.get("code").asString()).isEqualTo(CONSENT_MISSING);
        }
      }
    });
    // and each plan that validate finds short of a consent, migrate warned about
    for (String line : validate.outLines()) {
      JsonNode doc = Plans.tree(line);
      if (!doc.get("valid").asBoolean()) {
        assertThat(migrate.err()).contains(VALID.resolve(Path.of(doc.get("file").asString()).getFileName()) + ": ");
      }
    }
  }

  @Test
  void aMigratedPlanIsPassedThroughWithANote() throws IOException {
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.pretty(MigrateCommandTest::consented));
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    assertThat(CliRun.run("migrate", plan.toString(), "--output", first.toString()).exitCode()).isZero();

    CliRun.Result again = CliRun.run("migrate", "--lang", "en", first.toString(), "--output", second.toString());

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    assertThat(again.err()).contains(first + ": already format 2.0, passed through unchanged")
        .contains(PlanMigration.ALREADY_CURRENT);
  }

  @Test
  void aPlanOfFormat2ThatIsInvalidIsLeftOut() throws IOException {
    // the plan's health goal lacks the consent to special categories that 2.0 asks for
    Path plan = Plans.write(dir.resolve("plan.json"), withHealthGoal());
    Path first = dir.resolve("first.json");
    assertThat(CliRun.run("migrate", plan.toString(), "--output", first.toString()).exitCode()).isZero();

    CliRun.Result again = CliRun.run("migrate", "--lang", "en", first.toString());

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).contains(first + ": invalid, not migrated").contains(CONSENT_MISSING);
  }

  @Test
  void migratesNdjsonLineByLineAndLeavesOutTheInvalid() throws IOException {
    Path input = Plans.write(dir.resolve("plans.ndjson"), Plans.line(MigrateCommandTest::healthGoal) + "\n"
        + Plans.line(Plans::breakRules) + "\n" + Plans.line(MigrateCommandTest::healthGoal) + "\n");
    Path out = dir.resolve("out");

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", input.toString(), "--output", out + "/");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(Files.readAllLines(out.resolve("plans.ndjson"))).hasSize(2)
        .allSatisfy(line -> assertThat(errorsButConsent(line)).isEmpty());
    assertThat(result.err()).contains(input + ":2: invalid, not migrated")
        .contains("plan.goal.dueBeforeAgreement error: ");
    assertThat(result.errLines()).last().asString()
        .isEqualTo("3 documents: 2 migrated, 0 passed through, 1 invalid and not migrated, 2 warnings.");
  }

  @Test
  void readsStandardInputAsNdjsonByDefault() {
    byte[] stdin = (Plans.completeLine() + "\n" + Plans.completeLine() + "\n").getBytes(StandardCharsets.UTF_8);

    CliRun.Result implicit = CliRun.withStdin(stdin, "migrate");
    CliRun.Result explicit = CliRun.withStdin(stdin, "migrate", "-");

    assertThat(implicit.exitCode()).isZero();
    assertThat(implicit.outLines()).hasSize(2);
    assertThat(explicit.out()).isEqualTo(implicit.out());
  }

  @Test
  void leavesOutAnInvalidPlanAndWritesNoFileForIt() {
    Path plan = Plans.write(dir.resolve("broken.json"), Plans.withoutManager());
    Path out = dir.resolve("out");

    CliRun.Result result = CliRun.run("migrate", plan.toString(), "--output", out + "/");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(out.resolve("broken.json")).doesNotExist();
    assertThat(result.err()).contains("schema.required").contains("ungültig, nicht migriert");
  }

  @Test
  void reportsMalformedAndHostileInputAsInvalid() {
    Path malformed = Plans.write(dir.resolve("malformed.json"), "{\"id\": [");
    Path deep = Plans.write(dir.resolve("deep.json"), "[".repeat(100_000));
    Path notAPlan = Plans.write(dir.resolve("array.json"), "[1, 2, 3]");

    CliRun.Result result = CliRun.run("migrate", "--format", "json", malformed.toString(), deep.toString(),
        notAPlan.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    List<JsonNode> reports = result.errLines().stream().map(Plans::tree).toList();
    assertThat(reports).hasSize(3).allSatisfy(r -> {
      assertThat(r.get("result").asString()).isEqualTo("invalid");
      assertThat(r.get("issues")).isNotEmpty();
    });
  }

  @Test
  void emptyInputIsAUsageError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    assertThat(CliRun.withStdin(new byte[0], "migrate", "-").exitCode()).isEqualTo(2);
    CliRun.Result folder = CliRun.run("migrate", "--lang", "en", empty.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("No documents found");
  }

  @Test
  void aMissingPathIsAUsageError() {
    CliRun.Result result = CliRun.run("migrate", "--lang", "en", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Path not found");
  }

  @Test
  void aJsonOutputTakesOneJsonFile() {
    CliRun.Result result = CliRun.run("migrate", "--lang", "en", VALID.toString(), "--output",
        dir.resolve("all.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("takes exactly one JSON file");
    assertThat(dir.resolve("all.json")).doesNotExist();
  }

  @Test
  void twoInputsOfOneNameInAnOutputFolderAreAUsageError() {
    Path a = Plans.write(dir.resolve("a/plan.json"), Plans.complete());
    Path b = Plans.write(dir.resolve("b/plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", a.toString(), b.toString(), "--output",
        dir.resolve("out") + "/");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("same file plan.json");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anNdjsonOutputTakesEverything() throws IOException {
    Path out = dir.resolve("all.ndjson");

    CliRun.Result result = CliRun.run("migrate", VALID.toString(), "--output", out.toString());

    assertThat(result.exitCode()).isZero();
    try (Stream<Path> files = Files.list(VALID)) {
      assertThat(Files.readAllLines(out)).hasSize((int) files.count());
    }
  }

  @Test
  void refusesToOverwriteItsInput() throws IOException {
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", plan.toString(), "--output", plan.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(Files.readString(plan, StandardCharsets.UTF_8)).isEqualTo(Plans.complete());
    assertThat(result.err()).contains("into the input file");
  }

  @Test
  void aFolderThatCannotBeWrittenStopsTheRun() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeThat(Files.isWritable(locked)).as("not running as root").isFalse();
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", plan.toString(), "--output", locked + "/");

    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("could not be written completely");
    assertThat(locked.resolve("plan.json")).doesNotExist();
  }

  @Test
  void anOutputFolderBelowAFileStopsTheRun() {
    Path file = Plans.write(dir.resolve("file.txt"), "not a folder");
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", plan.toString(), "--output", file + "/out/");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("could not be written completely");
  }

  @Test
  void aFullDiskStopsTheRunAndRemovesNothingItDidNotCreate() {
    Path full = Path.of("/dev/full");
    assumeThat(Files.exists(full)).as("a system with /dev/full").isTrue();
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("migrate", "--lang", "en", plan.toString(), "--output", full.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("could not be written completely");
    assertThat(full).exists();
  }

  @Test
  void aFullStandardOutputStopsTheRun() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    byte[] stdin = (Plans.completeLine() + "\n").getBytes(StandardCharsets.UTF_8);

    int code = Cli.run(new String[] {"migrate", "--lang", "en"}, new java.io.ByteArrayInputStream(stdin), full,
        new PrintWriter(err), Progress.none());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("could not be written completely");
  }

  @Test
  void findingsAsJsonLinesNameTheResultAndThePointers() {
    Path plan = Plans.write(dir.resolve("plan.json"), withHealthGoal());

    CliRun.Result result = CliRun.run("migrate", "--format", "json", plan.toString());

    assertThat(result.exitCode()).isZero();
    JsonNode report = Plans.tree(result.errLines().get(0));
    assertThat(report.get("file").asString()).isEqualTo(plan.toString());
    assertThat(report.get("result").asString()).isEqualTo("migrated");
    assertThat(report.get("issues").get(0).get("code").asString())
        .isEqualTo(PlanMigration.SPECIAL_CATEGORIES_CONSENT);
    assertThat(report.get("issues").get(0).get("source").asString()).isEqualTo("migration");
    assertThat(result.errLines()).hasSize(1);
  }

  @Test
  void helpNamesTheExitCodes() {
    CliRun.Result result = CliRun.run("migrate", "--lang", "en", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--output").contains("Exit codes:");
  }
}
