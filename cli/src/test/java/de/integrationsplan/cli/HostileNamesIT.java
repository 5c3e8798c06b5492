package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names that hold a line break or terminal escape sequences: printed with their control
 * characters escaped, the same in every format, so that a name can neither forge a line (a summary,
 * a finding of another file) nor set the terminal's title or clear the screen.
 */
final class HostileNamesIT {

  /** {@code a<LF>1 Datei geprüft, 0 ungültig.json} and {@code <ESC>]0;title<BEL><ESC>[2J.json}, both holding {@code {}}. */
  private static final String FILES = "mkdir names; printf '{\"schemaVersion\":\"1.0\"}' > names/$'a\\n1 Datei geprüft, 0 ungültig.json';"
      + " printf '{\"schemaVersion\":\"1.0\"}' > names/$'\\e]0;title\\a\\e[2J.json'; ";
  private static final String FORGED = "names/a\\n1 Datei geprüft, 0 ungültig.json";
  private static final String ESCAPES = "names/\\u001b]0;title\\u0007\\u001b[2J.json";

  @TempDir
  Path dir;

  private static void assertNoControlCharacters(String text) {
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n').count()).as(text).isZero();
  }

  @Test
  void validatePrintsNamesEscapedInText() throws Exception {
    Shell.Run run = Shell.run(dir, 60, FILES + "ip validate names").withoutTrace();

    assertNoControlCharacters(run.out() + run.err());
    List<String> lines = run.out().lines().toList();
    assertThat(lines).last().isEqualTo("2 Dateien geprüft, 2 ungültig, 14 Fehler, 0 Warnungen");
    List<String> documents = lines.stream().filter(line -> !line.startsWith("  ")).toList();
    assertThat(documents).containsExactlyInAnyOrder(FORGED + ": ungültig (7 Fehler)", ESCAPES + ": ungültig (7 Fehler)",
        "2 Dateien geprüft, 2 ungültig, 14 Fehler, 0 Warnungen");
    assertThat(lines).filteredOn(line -> line.startsWith("  ")).hasSize(14)
        .allSatisfy(line -> assertThat(line).matches("  Zeile 1: /\\S* schema\\.required Fehler: .*"));
  }

  @Test
  void validatePrintsTheSameEscapedNamesInJsonAndJunit() throws Exception {
    Shell.Run run = Shell.run(dir, 60, FILES + "ip validate --format json names; ip validate --format junit names")
        .withoutTrace();

    assertNoControlCharacters(run.out() + run.err());
    // JSON escapes a backslash once more: the name is the text output's, character for character
    assertThat(run.out()).contains("\"file\":\"" + FORGED.replace("\\", "\\\\") + "\"")
        .contains("\"file\":\"" + ESCAPES.replace("\\", "\\\\") + "\"")
        .contains("<testsuite name=\"" + FORGED + "\"", "<testsuite name=\"" + ESCAPES + "\"");
  }

  @Test
  void redactAndStatsPrintNamesEscapedOnStandardError() throws Exception {
    Shell.Run run = Shell.run(dir, 60, FILES + Shell.KEY
        + "ip redact --key-file key.bin names; ip stats --at 2026-06-30 names;"
        + " ip validate \"names/$(printf 'missing\\e[2J')\"; ip redact --key-file \"$(printf 'key\\nfile')\" names")
        .withoutTrace();

    assertNoControlCharacters(run.err()); // standard output is CSV, whose lines end in CR LF
    assertThat(run.err().lines().filter(l -> l.endsWith("ungültig und übersprungen."))).hasSize(2);
    assertThat(run.err()).contains(FORGED + ":1 schema.required ", ESCAPES + ":1 schema.required ",
        "Pfad nicht gefunden: names/missing\\u001b[2J", "Schlüsseldatei nicht gefunden: key\\nfile");
  }
}
