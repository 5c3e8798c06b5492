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
    assertThat(result.out()).contains("Aufruf: integrationplan validate", "Optionen:", "Exit-Codes:",
        "Ausgabeformat: text (Voreinstellung)", "Standardeingabe");
  }

  @Test
  void showsTheHelpInEnglishWithLangEn() {
    CliRun.Result result = CliRun.run("--lang", "en", "validate", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: integrationplan validate", "Options:", "Exit codes:",
        "Output format: text (default)");
    assertThat(result.out()).doesNotContain("Aufruf", "Ausgabeformat");
  }

  @Test
  void showsTheTopLevelHelpWithItsCommands() {
    CliRun.Result result = CliRun.run("--help", "--lang=de");

    assertThat(result.out()).contains("Befehle:", "validate", "schema", "Prüft Integrationspläne");
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
    assertThat(result.out().strip()).isEqualTo("integrationplan " + System.getProperty("project.version"));
  }

  @Test
  void printsThePublishedSchema() {
    CliRun.Result result = CliRun.run("schema");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).isEqualTo(PlanSchema.text().strip());
    assertThat(Plans.tree(result.out()).get("$id").asString()).isEqualTo(PlanSchema.ID);
  }
}
