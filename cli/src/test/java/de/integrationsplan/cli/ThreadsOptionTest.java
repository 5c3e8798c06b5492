package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ThreadsOptionTest {

  @TempDir
  Path dir;

  @Test
  void explainsTheOptionInGermanAndEnglish() {
    CliRun.Result de = CliRun.run("validate", "--help", "--lang", "de");
    CliRun.Result en = CliRun.run("validate", "--help", "--lang", "en");

    assertThat(de.out()).contains("--threads=N", "Anzahl der Threads", "Voreinstellung: alle Prozessoren",
        "Reihenfolge der Eingabe");
    assertThat(en.out()).contains("--threads=N", "Number of threads", "default: all processors",
        "order of the input");
  }

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"0", "-1", "zwei", "1.5", ""})
  void refusesANumberOfThreadsBelowOneWithExitTwoBeforeReadingAnything(String threads) {
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("validate", "--lang", "de", "--threads", threads, plan.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).containsExactly(
        "Ungültige Anzahl für --threads: " + threads + ". Erwartet wird eine ganze Zahl ab 1.",
        "Hilfe: integrationsplan validate --help");
  }

  @Test
  void acceptsMoreThreadsThanDocuments() {
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("validate", "--lang", "en", "--threads", "64", plan.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(plan + ": valid\n1 file checked, 0 invalid, 0 errors, 0 warnings\n");
  }
}
