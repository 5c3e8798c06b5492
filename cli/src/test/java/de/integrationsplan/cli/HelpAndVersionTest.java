package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.schema.PlanSchema;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class HelpAndVersionTest {

  @Test
  void showsTheHelpInGermanWithLangDe() {
    CliRun.Result result = CliRun.run("validate", "--help", "--lang", "de");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Aufruf: integrationsplan validate", "Optionen:", "Exit-Codes:",
        "Ausgabeformat: text (Voreinstellung;", "sarif", "github", "--quiet", "Standardeingabe");
  }

  @Test
  void showsTheHelpInEnglishWithLangEn() {
    CliRun.Result result = CliRun.run("--lang", "en", "validate", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: integrationsplan validate", "Options:", "Exit codes:",
        "Output format: text (default;", "sarif", "github", "--quiet");
    assertThat(result.out()).doesNotContain("Aufruf", "Ausgabeformat");
  }

  @Test
  void showsTheTopLevelHelpWithItsCommands() {
    CliRun.Result result = CliRun.run("--help", "--lang=de");

    assertThat(result.out()).contains("Befehle:", "validate", "schema", "Prüft Integrationspläne");
  }

  @Test
  void showsTheHelpOfGenerateRedactAndStatsInGermanAndEnglish() {
    CliRun.Result generateDe = CliRun.run("generate", "--help", "--lang", "de");
    assertThat(generateDe.exitCode()).isZero();
    assertThat(generateDe.out()).contains("Aufruf: integrationsplan generate", "--count=N", "Anzahl der Pläne",
        "Startwert", "Stichtag", "Exit-Codes:");
    CliRun.Result generateEn = CliRun.run("--lang", "en", "generate", "--help");
    assertThat(generateEn.out()).contains("Usage: integrationsplan generate", "Number of plans", "Seed")
        .doesNotContain("Anzahl");

    CliRun.Result redactDe = CliRun.run("redact", "--help", "--lang", "de");
    assertThat(redactDe.out()).contains("Aufruf: integrationsplan redact", "--key-file=K", "Schlüssel",
        "exchange", "statistics", "ohne Werte aus dem Dokument");
    CliRun.Result redactEn = CliRun.run("redact", "--help", "--lang", "en");
    assertThat(redactEn.out()).contains("Usage: integrationsplan redact", "File with the secret key", "Exit codes:")
        .doesNotContain("Schlüssel");

    CliRun.Result statsDe = CliRun.run("stats", "--help", "--lang", "de");
    assertThat(statsDe.out()).contains("Aufruf: integrationsplan stats", "--at=YYYY-MM-DD", "Schwelle", "csv");
    CliRun.Result statsEn = CliRun.run("stats", "--help", "--lang", "en");
    assertThat(statsEn.out()).contains("Usage: integrationsplan stats", "Suppression threshold", "Reference date")
        .doesNotContain("Schwelle");

    CliRun.Result root = CliRun.run("--help", "--lang", "de");
    assertThat(root.out()).contains("generate", "redact", "stats", "Erzeugt synthetische Integrationspläne",
        "Pseudonymisiert", "Zählt Integrationspläne");
  }

  @Test
  void choosesEnglishOnlyForAnEnglishLocale() {
    assertThat(Lang.of(Locale.ENGLISH)).isEqualTo(Lang.en);
    assertThat(Lang.of(Locale.UK)).isEqualTo(Lang.en);
    assertThat(Lang.of(Locale.GERMANY)).isEqualTo(Lang.de);
    assertThat(Lang.of(Locale.FRENCH)).isEqualTo(Lang.de);
    assertThat(Lang.fromArgs(new String[] {"validate", "--lang", "en"})).isEqualTo(Lang.en);
    assertThat(Lang.fromArgs(new String[] {"validate", "--lang=de"})).isEqualTo(Lang.de);
  }

  @Test
  void printsTheVersionOfThePom() {
    CliRun.Result result = CliRun.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).isEqualTo("integrationsplan " + System.getProperty("project.version"));
  }

  @Test
  void printsThePublishedSchemaOfTheNewestVersion() {
    CliRun.Result result = CliRun.run("schema");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).isEqualTo(PlanSchema.text("2.0").strip());
    assertThat(Plans.tree(result.out()).get("$id").asString()).isEqualTo(PlanSchema.id("2.0"));
  }

  @Test
  void printsTheSchemaOfTheVersionAskedFor() {
    CliRun.Result result = CliRun.run("schema", "--schema-version", "1.0");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).isEqualTo(PlanSchema.text().strip());
    assertThat(Plans.tree(result.out()).get("$id").asString()).isEqualTo(PlanSchema.ID);
  }

  @Test
  void refusesAVersionItDoesNotKnow() {
    CliRun.Result result = CliRun.run("schema", "--schema-version", "2.1");

    assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("2.1", "1.0, 2.0", "--help");
  }

  @Test
  void refusesAnEmptyOrHostileVersionPrintably() {
    for (String version : new String[] {"", " ", "\u001b[2J2.0", "2.0\n1.0"}) {
      CliRun.Result result = CliRun.run("schema", "--schema-version", version);

      assertThat(result.exitCode()).as(version).isEqualTo(Cli.USAGE);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).contains("--schema-version").doesNotContain("\u001b").doesNotContain("Exception");
    }
  }
}
