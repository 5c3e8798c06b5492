package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that are not plain files: a named pipe (which can be read once only), standard input from
 * a pipe, output that goes into the input itself, and inputs that hold no document at all.
 */
final class InputFaultsIT {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "validate on a named pipe {0}")
  @ValueSource(strings = {"plan.json", "plans.ndjson"})
  void validateReadsANamedPipeOnceAndEnds(String name) throws Exception {
    // a second opening of the pipe would wait for a writer for ever
    Shell.Run run = Shell.run(dir, 60, "mkfifo " + name + "; (printf '{\"schemaVersion\":\"1.0\",\"person\":{}}\\n' > " + name + " &);"
        + " ip validate " + name).withoutTrace();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.INVALID);
    String document = name.endsWith(".ndjson") ? name + ":1" : name;
    assertThat(run.out()).contains(document + ": ungültig (7 Fehler)\n")
        .contains("/person/pseudonym schema.required Fehler: ")
        .contains("1 Datei geprüft, 1 ungültig");
  }

  @Test
  void redactAndStatsReadANamedPipeOnceAndEnd() throws Exception {
    Shell.Run run = Shell.run(dir, 60, Shell.KEY + "mkfifo a.json b.json;"
        + " (cat \"$EXAMPLES/valid/ulm-completed-electrician-settlement-permit.json\" > a.json &);"
        + " ip redact --key-file key.bin a.json | wc -l;"
        + " (cat \"$EXAMPLES/valid/ulm-completed-electrician-settlement-permit.json\" > b.json &);"
        + " ip stats --at 2026-06-30 b.json | head -1").withoutTrace();

    assertThat(run.out().lines()).containsExactly("1", "stichtag,level,region,table,category,count,suppressed");
  }

  @Test
  void validateReadsStandardInputFromAPipe() throws Exception {
    Shell.Run run = Shell.run(dir, 60, "printf '{\"schemaVersion\":\"1.0\",\"person\":{}}' | ip validate -").withoutTrace();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.INVALID);
    assertThat(run.out()).contains("<stdin>: ungültig (7 Fehler)\n", "  Zeile 1: /person/pseudonym schema.required Fehler: ")
        .doesNotContain("json.io");
  }

  @ParameterizedTest(name = "{0} >> its own input")
  @ValueSource(strings = {"redact --key-file key.bin", "stats --at 2026-06-30", "validate"})
  void refusesToAppendToItsOwnInput(String command) throws Exception {
    // without the check, redact and validate read what they append, for ever
    Shell.Run run = Shell.run(dir, 60, Shell.KEY
        + "ip generate --count 3 > in.ndjson; cp in.ndjson before.ndjson;"
        + " ip " + command + " in.ndjson >> in.ndjson").withoutTrace();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("Die Ausgabe geht in die Eingabedatei in.ndjson");
    assertThat(Files.readString(dir.resolve("in.ndjson"))).isEqualTo(Files.readString(dir.resolve("before.ndjson")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"redact --key-file key.bin in.ndjson > in.ndjson", "stats --at 2026-06-30 in.ndjson > in.ndjson",
      "validate in.ndjson > in.ndjson", "redact --key-file key.bin < in.ndjson >> in.ndjson",
      "redact --key-file key.bin - < in.ndjson >> in.ndjson"})
  void refusesToWriteIntoItsOwnInput(String command) throws Exception {
    // with ">" the shell has emptied the file before the command starts: it would read nothing and end with 0
    Shell.Run run = Shell.run(dir, 60, Shell.KEY
        + "ip generate --count 3 > in.ndjson; ip " + command).withoutTrace();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("Die Ausgabe geht in die Eingabedatei");
  }

  @ParameterizedTest(name = "{0} on an empty input")
  @ValueSource(strings = {"validate empty", "validate empty.ndjson", "validate blank.ndjson", "validate other",
      "redact --key-file key.bin empty", "redact --key-file key.bin empty.ndjson", "redact --key-file key.bin < /dev/null",
      "stats --at 2026-06-30 other", "stats --at 2026-06-30 empty.ndjson", "stats --at 2026-06-30 < /dev/null"})
  void anEmptyInputIsAnError(String command) throws Exception {
    // a typo in a CI job (a folder without plans, an empty export) must not pass
    Shell.Run run = Shell.run(dir, 60, Shell.KEY + "mkdir empty other;"
        + " : > empty.ndjson; printf '\\n  \\n' > blank.ndjson; echo '{}' > other/plan.txt; ip " + command)
        .withoutTrace();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("Keine Dokumente gefunden");
  }

  @Test
  void aPatternThatMatchesNothingIsAnError() throws Exception {
    // the shell passes an unmatched pattern as it is, or with nullglob nothing at all (redact and stats then read standard input)
    Shell.Run run = Shell.run(dir, 60, Shell.KEY + "mkdir plans;"
        + " ip validate plans/*.json" + Shell.EXIT + "shopt -s nullglob;"
        + " ip redact --key-file key.bin plans/*.json < /dev/null" + Shell.EXIT
        + "ip stats --at 2026-06-30 plans/*.json < /dev/null" + Shell.EXIT).withoutTrace();

    assertThat(run.err().lines().filter(l -> l.startsWith("exit "))).containsExactly("exit 2", "exit 2", "exit 2");
    assertThat(run.err()).contains("Pfad nicht gefunden: plans/*.json", "Keine Dokumente gefunden");
    assertThat(run.out()).isEmpty();
  }
}
