package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: generated plans of 2.0 through the command, and its faults. */
final class ReportCommandTest {

  @TempDir
  Path dir;

  private Path key;
  private Path plans;

  @BeforeEach
  void write() throws Exception {
    key = Plans.key(dir.resolve("land.key"), RedactCommandTest.KEY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    de.integrationsplan.synthetic.SyntheticPlans.withSeed(7)
        .writeNdjson(0, 300, de.integrationsplan.core.model.v2.IntegrationPlan.class, out);
    plans = dir.resolve("plans.ndjson");
    Files.write(plans, out.toByteArray());
  }

  @Test
  void writesTheTablesAsCsvTheSameInEveryRun() throws Exception {
    Path population = dir.resolve("au.csv");
    Files.writeString(population, "ags,persons\n08111000,500\n", StandardCharsets.UTF_8);
    CliRun.Result first = CliRun.run("report", "--from", "2026-01-01", "--to", "2026-11-24", "--at", "2026-06-30",
        "--population", population.toString(), "--key-file", key.toString(), plans.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    List<String> lines = first.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("from,to,stichtag,table,level,region,category,value");
    assertThat(lines).anyMatch(l -> l.startsWith("2026-01-01,2026-11-24,2026-06-30,overview,land,08,PLANS_ACTIVE_IN_PERIOD,"));
    assertThat(lines).anyMatch(l -> l.startsWith("2026-01-01,2026-11-24,2026-06-30,coverage,municipality,08111000,COVERAGE_PERCENT,"));
    CliRun.Result second = CliRun.run("report", "--from", "2026-01-01", "--to", "2026-11-24", "--at", "2026-06-30",
        "--population", population.toString(), "--key-file", key.toString(), plans.toString());
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void writesTheHtmlReportInTheLanguageOfLang() throws Exception {
    CliRun.Result german = CliRun.run("report", "--from", "2026-01-01", "--to", "2026-11-24", "--format", "html",
        "--key-file", key.toString(), plans.toString());
    assertThat(german.exitCode()).as(german.err()).isZero();
    assertThat(german.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"de\">")
        .contains("id=\"chart-topics\"").contains("id=\"chart-status\"").contains("Chart.js v").endsWith("</html>\n");
    CliRun.Result english = CliRun.run("report", "--lang", "en", "--from", "2026-01-01", "--to", "2026-11-24", "--format",
        "html", "--key-file", key.toString(), plans.toString());
    assertThat(english.out()).contains("<html lang=\"en\">").contains("Plans by status over the period");
  }

  @Test
  void refusesAReversedPeriodAFaultyPopulationAndAnExposedKey() throws Exception {
    CliRun.Result reversed = CliRun.run("report", "--from", "2026-12-31", "--to", "2026-01-01", "--key-file", key.toString(),
        plans.toString());
    assertThat(reversed.exitCode()).isEqualTo(2);
    assertThat(reversed.err()).contains("2026-01-01").contains("2026-12-31");

    Path population = dir.resolve("au.csv");
    Files.writeString(population, "ags,persons\n8111000,500\n", StandardCharsets.UTF_8);
    CliRun.Result faulty = CliRun.run("report", "--from", "2026-01-01", "--to", "2026-11-24", "--population",
        population.toString(), "--key-file", key.toString(), plans.toString());
    assertThat(faulty.exitCode()).isEqualTo(2);
    assertThat(faulty.err()).contains("Die Bevölkerungsdatei " + population + " ist fehlerhaft, Zeile 2: das erste Feld "
        + "ist kein Amtlicher Gemeindeschlüssel Baden-Württembergs").doesNotContain("line").doesNotContain("8111000,");
    CliRun.Result english = CliRun.run("report", "--lang", "en", "--from", "2026-01-01", "--to", "2026-11-24",
        "--population", population.toString(), "--key-file", key.toString(), plans.toString());
    assertThat(english.err()).contains("The population file " + population + " is faulty, line 2: the first field is no "
        + "municipality key");

    Files.writeString(population, "ags;persons\n08111000;500\n08111000;7\n", StandardCharsets.UTF_8);
    assertThat(CliRun.run("report", "--from", "2026-01-01", "--to", "2026-11-24", "--population", population.toString(),
        "--key-file", key.toString(), plans.toString()).err())
        .contains("Zeile 3: der Gemeindeschlüssel steht schon in einer früheren Zeile");

    // a spreadsheet's export in Windows-1252: a header with an umlaut that is no UTF-8
    Files.write(population, "Gemeindeschl\u00fcssel;Personen\n08111000;500\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun.Result latin = CliRun.run("report", "--from", "2026-01-01", "--to", "2026-11-24", "--population",
        population.toString(), "--key-file", key.toString(), plans.toString());
    assertThat(latin.exitCode()).isEqualTo(2);
    assertThat(latin.err()).contains("ist nicht in UTF-8 gespeichert");

    Path open = Plans.key(dir.resolve("open.key"), RedactCommandTest.KEY);
    Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    CliRun.Result exposed = CliRun.run("report", "--from", "2026-01-01", "--to", "2026-11-24", "--key-file", open.toString(),
        plans.toString());
    assertThat(exposed.exitCode()).isEqualTo(2);
    assertThat(exposed.out()).isEmpty();
  }
}
