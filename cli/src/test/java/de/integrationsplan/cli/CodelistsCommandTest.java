package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.internal.codelist.Catalogues;
import de.integrationsplan.schema.codelist.CodeListFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codelists}: the table of lists, a version's codes as text, JSON and genericode (the
 * published bytes), unknown lists and versions as usage errors, and output to files. Run with the
 * fixture lists ({@code fixture-lists/}), and with the standard catalogue where it does not matter
 * which lists it holds.
 */
final class CodelistsCommandTest {

  private static final CodeListCatalogue FIXTURES =
      Catalogues.load(CodelistsCommandTest.class, "/de/integrationsplan/cli/fixture-lists/");

  @TempDir
  Path dir;

  private static CliRun.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), () -> FIXTURES);
    return new CliRun.Result(code, out.toString(), err.toString());
  }

  @Test
  void listsTheCodeListsInATable() {
    CliRun.Result result = run("codelists", "--lang", "de");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly(
        "Kennung       Name                          Neueste Version  Codes",
        "measure-kind  Art der Maßnahme (Testliste)  2026-12-01       2",
        "residence     Aufenthalt (Testliste)        2027-03-01       4");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void listsTheCodeListsInEnglish() {
    CliRun.Result result = run("--lang", "en", "codelists");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).first().isEqualTo("Id            Name                         Latest version  Codes");
    assertThat(result.out()).contains("residence     Residence (test list)        2027-03-01      4");
  }

  @Test
  void printsTheCodesOfTheLatestVersion() {
    CliRun.Result result = run("codelists", "residence", "--lang", "de");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly(
        "Aufenthalt (Testliste) (residence), Version 2027-03-01",
        "urn:de:integrationsplan:codelist:residence_2027-03-01",
        "Gültigkeit bezogen auf: Tag der Erteilung des Titels",
        "",
        "Code           Name                                             Rechtsgrundlage  Gültigkeit",
        "AUFENTHG_16A   Berufsausbildung (§ 16a AufenthG)                § 16a AufenthG   –",
        "AUFENTHG_104C  Chancen-Aufenthaltsrecht (§ 104c AufenthG)       § 104c AufenthG  2022-12-31 bis 2025-12-31",
        "AUFENTHG_16G   Berufsausbildung für Geduldete (§ 16g AufenthG)  § 16g AufenthG   ab 2024-03-01",
        "OTHER          Sonstige <andere> & weitere                      –                –");
  }

  @Test
  void printsTheCodesOfANamedVersionInEnglish() {
    CliRun.Result result = run("codelists", "residence", "--version", "2026-11-25", "--lang", "en");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).first().isEqualTo("Residence (test list) (residence), version 2026-11-25");
    assertThat(result.out()).contains("OLD_TITLE", "2022-12-31 to 2025-12-31", "Legal anchor")
        .doesNotContain("AUFENTHG_16G");
  }

  @Test
  void printsThePublishedJsonAndGenericodeBytes() {
    CodeList residence = FIXTURES.byId("residence").orElseThrow();
    assertThat(run("codelists", "residence", "--format", "json").out())
        .isEqualTo(CodeListFiles.json(residence.latest()));
    assertThat(run("codelists", "residence", "--version", "2026-12-01", "--format", "genericode").out())
        .isEqualTo(CodeListFiles.genericode(residence.version("2026-12-01").orElseThrow()));
    assertThat(run("codelists", "--format", "json").out()).isEqualTo(CodeListFiles.index(FIXTURES));
  }

  @Test
  void printsTheFilesOfTheSchemaJarForTheStandardCatalogue() throws IOException {
    CliRun.Result index = CliRun.run("codelists", "--format", "json");
    assertThat(index.exitCode()).isZero();
    try (InputStream in = CodeListFiles.open(CodeListFiles.RESOURCE_FOLDER + CodeListFiles.INDEX).orElseThrow()) {
      assertThat(index.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    for (CodeList list : CodeListCatalogue.standard().all()) {
      try (InputStream in = CodeListFiles.open(CodeListFiles.path(list.latest(), CodeListFiles.GENERICODE))
          .orElseThrow()) {
        assertThat(CliRun.run("codelists", list.id(), "--format", "genericode").out())
            .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(CliRun.run("codelists").exitCode()).isZero();
  }

  @Test
  void anUnknownListIsAUsageErrorNamingTheKnownOnes() {
    CliRun.Result result = run("codelists", "residense", "--lang", "de");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).containsExactly(
        "Unbekannte Codeliste: residense. Bekannt sind: measure-kind, residence",
        "Hilfe: integrationsplan codelists --help");
  }

  @Test
  void anUnknownListOfAnEmptyCatalogueSaysThereAreNone() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CodeListCatalogue empty = Catalogues.load(CodelistsCommandTest.class, "/de/integrationsplan/cli/no-lists/");
    int code = Cli.run(new String[] {"codelists", "--lang", "en", "legal-basis"}, new PrintWriter(out),
        new PrintWriter(err), () -> empty);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("Unknown code list: legal-basis. There are no code lists.");

    out = new StringWriter();
    code = Cli.run(new String[] {"codelists", "--lang", "en"}, new PrintWriter(out), new PrintWriter(err), () -> empty);
    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo("There are no code lists.\n");
  }

  @Test
  void anUnknownVersionIsAUsageErrorNamingTheKnownOnes() {
    CliRun.Result result = run("codelists", "residence", "--version", "2026-12-02", "--lang", "en");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).containsExactly(
        "The code list residence has no version 2026-12-02. Known are: 2026-11-25, 2026-12-01, 2027-03-01",
        "Hilfe: integrationsplan codelists --help".replace("Hilfe", "Help"));
  }

  @Test
  void aVersionWithoutAListAndGenericodeWithoutAListAreUsageErrors() {
    assertThat(run("codelists", "--version", "2026-12-01").exitCode()).isEqualTo(2);
    CliRun.Result genericode = run("codelists", "--format", "genericode", "--lang", "de");
    assertThat(genericode.exitCode()).isEqualTo(2);
    assertThat(genericode.err()).contains("bitte die ID der Liste angeben");
    assertThat(run("codelists", "--format", "xml").exitCode()).isEqualTo(2);
  }

  @Test
  void theTypedIdIsPrintedWithItsControlCharactersEscaped() {
    CliRun.Result result = run("codelists", "res\u001b[2Jidence");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).doesNotContain("\u001b").contains("\\u001b[2J");
  }

  @Test
  void writesToAFile() throws IOException {
    Path file = dir.resolve("residence.gc");
    CliRun.Result result = run("codelists", "residence", "--format", "genericode", "--output", file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(CodeListFiles.genericode(FIXTURES.byId("residence").orElseThrow().latest()));
  }

  @Test
  void writesIntoAFolderUnderTheVersionsName() throws IOException {
    assertThat(run("codelists", "residence", "--format", "json", "--output", dir.toString()).exitCode()).isZero();
    assertThat(dir.resolve("residence_2027-03-01.json")).exists();
    assertThat(run("codelists", "--output", dir.toString()).exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("codelists.txt"))).startsWith("Kennung");
  }

  @Test
  void writesEveryVersionAsGenericodeIntoAFolder() {
    assertThat(run("codelists", "--format", "genericode", "--output", dir.toString()).exitCode()).isZero();
    assertThat(dir.resolve("residence_2026-11-25.gc")).exists();
    assertThat(dir.resolve("residence_2026-12-01.gc")).exists();
    assertThat(dir.resolve("residence_2027-03-01.gc")).exists();
    assertThat(dir.resolve("measure-kind_2026-12-01.gc")).exists();
  }

  @Test
  void anOutputThatCannotBeOpenedIsAUsageError() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
    Path target = notAFolder.resolve("out.json");
    CliRun.Result result = run("codelists", "residence", "--output", target.toString(), "--lang", "de");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("Die Ausgabedatei kann nicht geschrieben werden: " + target);
  }

  @Test
  void aFullDiskIsAUsageErrorThatSaysTheFileIsIncomplete() {
    Path full = Path.of("/dev/full");
    assumeThat(full).as("this system has no /dev/full").exists();
    CliRun.Result result = run("codelists", "residence", "--output", full.toString(), "--lang", "en");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("The output file /dev/full could not be written completely "
        + "(the disk may be full); it is incomplete. Stopped.");
  }

  @Test
  void showsItsHelpInGermanAndEnglish() {
    assertThat(CliRun.run("codelists", "--help", "--lang", "de").out())
        .contains("Aufruf: integrationsplan codelists", "--version=V", "--format=text|json|genericode", "Exit-Codes:");
    assertThat(CliRun.run("codelists", "--help", "--lang", "en").out())
        .contains("Usage: integrationsplan codelists", "--output=DIR|FILE", "Exit codes:");
  }
}
