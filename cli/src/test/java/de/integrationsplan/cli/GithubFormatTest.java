package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github}: a workflow command per finding, escaped as the Actions runner unescapes. */
final class GithubFormatTest {

  private static final Path INVALID = Path.of("../examples/plans/invalid");

  @TempDir
  Path dir;

  @Test
  void givesEachFindingOfTheInvalidExamplesOneErrorLine() {
    CliRun.Result result = CliRun.run("validate", "--format", "github", "--lang", "de", INVALID.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines()).hasSize(26).allSatisfy(line -> assertThat(line)
        .matches("::error file=[^,:]+,line=\\d+,col=\\d+,title=[a-zA-Z.]+::/\\S*: .+"));
    assertThat(result.errLines()).containsExactly("26 Dateien geprüft, 26 ungültig, 26 Fehler, 0 Warnungen");
  }

  @Test
  void writesFileLineColumnCodeAndMessage() {
    Path plan = INVALID.resolve("ags-five-digits.json");

    CliRun.Result result = CliRun.run("validate", "--format", "github", "--lang", "de", plan.toString());

    assertThat(result.outLines()).containsExactly("::error file=" + FileNames.relative(plan.toString())
        + ",line=12,col=25,title=schema.pattern::/responsibleOrganisation/municipalityKey: "
        + "Zuständige Kommune › Gemeindeschlüssel: Die Angabe hat nicht das erwartete Format. "
        + "Der Amtliche Gemeindeschlüssel (AGS) besteht aus genau 8 Ziffern, z. B. 08221000 für Heidelberg.");
  }

  @Test
  void writesWarningsAsWarningsAndNothingForAValidDocument() {
    Path warning = Plans.write(dir.resolve("a.json"), Plans.withWarningOnly());
    Path valid = Plans.write(dir.resolve("b.json"), Plans.complete());

    CliRun.Result result = CliRun.run("validate", "--format", "github", warning.toString(), valid.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).singleElement().asString().startsWith("::warning file=").contains("title=plan.goal.withoutMeasure::");
  }

  @Test
  void escapesWhatWouldEndAPropertyOrTheCommand() {
    Path plan = Plans.write(dir.resolve("a,b:c%d.json"), "{");

    CliRun.Result result = CliRun.withStdin("{".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "validate", "--format", "github", plan.toString(), "-");

    List<String> lines = result.outLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("a%2Cb%3Ac%25d.json,line=1,");
    assertThat(lines.get(1)).as("standard input has no file").startsWith("::error line=1,");
    assertThat(GithubReporter.data("50% a\r\nb")).isEqualTo("50%25 a%0D%0Ab");
    assertThat(GithubReporter.property("a,b:c\nd%")).isEqualTo("a%2Cb%3Ac%0Ad%25");
  }
}
