package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate}. The big run writes 20,000 plans (property {@code generate.count} sets another
 * number; README names the manual command for 100,000) and validates every line as it arrives.
 */
final class GenerateCommandTest {

  private static final long COUNT = Long.getLong("generate.count", 20_000);

  private static int run(NdjsonCheck out, StringWriter err, String... args) {
    return Cli.run(args, new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), Progress.none());
  }

  @Test
  void writesValidPlansLineByLineAndTheSameSeedGivesTheSameBytes() {
    NdjsonCheck first = new NdjsonCheck(true);
    StringWriter err = new StringWriter();
    int code = run(first, err, "generate", "--count", Long.toString(COUNT), "--seed", "7");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(first.lines()).isEqualTo(COUNT);
    assertThat(first.pending()).isZero();
    assertThat(first.invalid()).as(first.firstInvalid()).isZero();

    NdjsonCheck second = new NdjsonCheck(false);
    assertThat(run(second, new StringWriter(), "generate", "--seed", "7", "--count", Long.toString(COUNT))).isZero();
    assertThat(second.sha256()).isEqualTo(first.sha256());
  }

  @Test
  void writesWhatTheLibraryWrites() {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    SyntheticPlans.builder().seed(3).referenceDate(java.time.LocalDate.of(2026, 6, 30)).build()
        .writeNdjson(25, expected);

    CliRun.Result result = CliRun.run("generate", "--count", "25", "--seed", "3", "--reference-date", "2026-06-30");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writesPlansOfTheSecondFormatWhenAskedForThem() {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    SyntheticPlans.builder().seed(3).build()
        .writeNdjson(0, 25, de.integrationsplan.core.model.v2.IntegrationPlan.class, expected);

    CliRun.Result result = CliRun.run("generate", "--count", "25", "--seed", "3", "--schema-version", "2.0");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    assertThat(result.out().lines()).allSatisfy(line -> assertThat(line).contains("\"schemaVersion\":\"2.0\""));
    assertThat(CliRun.run("generate", "--count", "5", "--seed", "3", "--schema-version", "1.0").out())
        .isEqualTo(CliRun.run("generate", "--count", "5", "--seed", "3").out());
  }

  @Test
  void rejectsAnUnknownSchemaVersionInGermanAndEnglish() {
    CliRun.Result de = CliRun.run("generate", "--count", "5", "--schema-version", "3.0", "--lang", "de");
    assertThat(de.exitCode()).isEqualTo(2);
    assertThat(de.out()).isEmpty();
    assertThat(de.errLines()).containsExactly(
        "Unbekannte Version für --schema-version: 3.0. Erwartet wird 1.0 oder 2.0.",
        "Hilfe: integrationsplan generate --help");

    CliRun.Result en = CliRun.run("--lang", "en", "generate", "--count", "5", "--schema-version", "2");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.errLines()).first().isEqualTo("Unknown version for --schema-version: 2. 1.0 or 2.0 is expected.");
  }

  @Test
  void anotherSeedGivesOtherPlansAndZeroGivesNothing() {
    String seven = CliRun.run("generate", "--count", "3", "--seed", "7").out();
    String eight = CliRun.run("generate", "--count", "3", "--seed", "8").out();
    assertThat(seven.lines()).hasSize(3).doesNotContainAnyElementsOf(eight.lines().toList());

    CliRun.Result none = CliRun.run("generate", "--count", "0");
    assertThat(none.exitCode()).isZero();
    assertThat(none.out()).isEmpty();
  }

  @Test
  void rejectsANegativeCountInGermanAndEnglish() {
    CliRun.Result de = CliRun.run("generate", "--count", "-5", "--lang", "de");
    assertThat(de.exitCode()).isEqualTo(2);
    assertThat(de.out()).isEmpty();
    assertThat(de.errLines()).containsExactly(
        "Ungültige Anzahl für --count: -5. Erwartet wird eine ganze Zahl ab 0.",
        "Hilfe: integrationsplan generate --help");

    CliRun.Result en = CliRun.run("--lang", "en", "generate", "--count", "many");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.errLines()).first().isEqualTo("Invalid count for --count: many. An integer of 0 or more is expected.");
  }

  @Test
  void rejectsABadReferenceDate() {
    CliRun.Result format = CliRun.run("generate", "--count", "1", "--reference-date", "30.06.2026", "--lang", "de");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.out()).isEmpty();
    assertThat(format.errLines()).first()
        .isEqualTo("Ungültiges Datum für --reference-date: 30.06.2026. Erwartet wird JJJJ-MM-TT, etwa 2026-06-30.");

    CliRun.Result range = CliRun.run("generate", "--count", "1", "--reference-date", "2017-12-31", "--lang", "en");
    assertThat(range.exitCode()).isEqualTo(2);
    assertThat(range.errLines()).first()
        .isEqualTo("The reference date 2017-12-31 is outside the allowed range from 2018-01-01 to 2099-12-31.");

    CliRun.Result seed = CliRun.run("generate", "--count", "1", "--seed", "x", "--lang", "en");
    assertThat(seed.exitCode()).isEqualTo(2);
    assertThat(seed.errLines()).first().isEqualTo("Invalid seed for --seed: x. An integer is expected.");
  }

  @Test
  void requiresTheCount() {
    CliRun.Result result = CliRun.run("generate", "--lang", "de");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).first().isEqualTo("Es fehlt die Pflichtoption --count.");
  }

  @Test
  void generatedPlansPassValidate(@TempDir Path dir) {
    Path file = Plans.write(dir.resolve("generated.ndjson"), CliRun.run("generate", "--count", "50", "--seed", "11").out());

    CliRun.Result result = CliRun.run("validate", "--lang", "de", "--quiet", file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("50 Dokumente in 1 Datei geprüft, 0 ungültig, 0 Fehler, 0 Warnungen\n");
  }
}
