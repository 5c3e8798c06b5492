package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FoldersTest {

  @TempDir
  Path dir;

  @Test
  void checksJsonAndNdjsonFilesInSubfoldersInSortedOrderAndNothingElse() {
    Plans.write(dir.resolve("b.json"), "{");
    Plans.write(dir.resolve("a/z.json"), "{");
    Plans.write(dir.resolve("a/deeper/still/x.ndjson"), "{\n");
    Plans.write(dir.resolve("a/notes.txt"), "{");
    Plans.write(dir.resolve("a/plan.json.bak"), "{");
    Plans.write(dir.resolve("c.yaml"), "{");
    Plans.write(dir.resolve("README"), "{");

    CliRun.Result result = CliRun.run("validate", "--lang", "de", dir.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines()).filteredOn(l -> !l.startsWith(" ")).extracting(l -> l.split(": ")[0]).containsExactly(
        dir.resolve("a/deeper/still/x.ndjson") + ":1",
        dir.resolve("a/z.json").toString(),
        dir.resolve("b.json").toString(),
        "3 Dateien geprüft, 3 ungültig, 3 Fehler, 0 Warnungen");
    assertThat(result.outLines()).last().isEqualTo("3 Dateien geprüft, 3 ungültig, 3 Fehler, 0 Warnungen");
  }

  @Test
  void anEmptyFolderIsAnErrorAfterTheSummary() {
    // a typo in a CI job (a folder without plans) must not pass
    CliRun.Result result = CliRun.run("validate", "--lang", "de", dir.toString());

    assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(result.outLines()).containsExactly("0 Dateien geprüft, 0 ungültig, 0 Fehler, 0 Warnungen");
    assertThat(result.err()).startsWith("Keine Dokumente gefunden: ");
  }

  @Test
  void checksAFileNamedExplicitlyWhateverItsExtension() {
    Path file = Plans.write(dir.resolve("plan.txt"), Plans.complete());

    assertThat(CliRun.run("validate", file.toString()).exitCode()).isZero();
  }

  @Test
  void mixesFilesFoldersAndStandardInputInTheOrderGiven() {
    Path folder = dir.resolve("f");
    Plans.write(folder.resolve("x.json"), "[");
    Path file = Plans.write(dir.resolve("y.json"), "[");

    CliRun.Result result = CliRun.withStdin("[".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "validate", file.toString(), "-", folder.toString());

    assertThat(result.outLines()).filteredOn(l -> !l.startsWith(" ")).extracting(l -> l.split(":")[0]).startsWith(
        file.toString(), "<stdin>", folder.resolve("x.json").toString());
  }
}
