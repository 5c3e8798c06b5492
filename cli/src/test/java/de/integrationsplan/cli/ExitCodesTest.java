package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExitCodesTest {

  @TempDir
  Path dir;

  @Test
  void exitsWithZeroWhenEveryDocumentIsValid() {
    Path file = Plans.write(dir.resolve("plan.json"), Plans.complete());

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly(file + ": gültig", "1 Datei geprüft, 0 ungültig, 0 Fehler, 0 Warnungen");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void exitsWithZeroWhenThereAreOnlyWarnings() {
    Path file = Plans.write(dir.resolve("plan.json"), Plans.withWarningOnly());

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("plan.goal.withoutMeasure Warnung: ", "0 ungültig, 0 Fehler, 1 Warnung");
  }

  @Test
  void exitsWithOneWhenAnyDocumentIsInvalid() {
    Path valid = Plans.write(dir.resolve("a.json"), Plans.complete());
    Path invalid = Plans.write(dir.resolve("b.json"), Plans.withRuleErrors());

    CliRun.Result result = CliRun.run("validate", valid.toString(), invalid.toString());

    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void exitsWithOneForMalformedJson() {
    Path file = Plans.write(dir.resolve("broken.json"), "{\"id\": ");

    assertThat(CliRun.run("validate", file.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void exitsWithTwoWithoutPath() {
    CliRun.Result result = CliRun.run("validate", "--lang", "de");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).containsExactly(
        "Es fehlt ein PATH: eine Datei, ein Ordner oder - für die Standardeingabe.",
        "Hilfe: integrationsplan validate --help");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void exitsWithTwoForAnUnknownOption() {
    CliRun.Result result = CliRun.run("validate", "--lang", "en", "--strict", "x.json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).first().isEqualTo("Unknown option: --strict");
  }

  @Test
  void exitsWithTwoForAnUnknownFormatOrLanguage() {
    assertThat(CliRun.run("validate", "--format", "xml", "x.json").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("validate", "--lang", "fr", "x.json").exitCode()).isEqualTo(2);
  }

  @Test
  void exitsWithTwoWithoutCommand() {
    CliRun.Result result = CliRun.run("--lang", "de");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Aufruf: integrationsplan");
  }

  @Test
  void exitsWithTwoForANonexistentPathAndChecksNothing() {
    Path valid = Plans.write(dir.resolve("a.json"), Plans.complete());
    Path missing = dir.resolve("missing.json");

    CliRun.Result result = CliRun.run("validate", "--lang", "de", valid.toString(), missing.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("Pfad nicht gefunden: " + missing);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void exitsWithTwoForAnUnreadablePath() throws IOException {
    assumeThat(System.getProperty("user.name")).as("root reads every file").isNotEqualTo("root");
    Path file = Plans.write(dir.resolve("secret.json"), Plans.complete());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

    CliRun.Result result = CliRun.run("validate", "--lang", "en", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).containsExactly("Path cannot be read: " + file);
  }

  @Test
  void exitsWithOneWhenReadingADocumentFailsUnexpectedly() {
    InputStream failing = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("the device is gone");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw new IllegalStateException("the device is gone");
      }
    };

    CliRun.Result result = CliRun.withStdin(failing, "validate", "--lang", "de", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errLines()).containsExactly(
        "Unerwarteter Fehler beim Prüfen von <stdin> (IllegalStateException); das Dokument gilt als ungültig.");
    assertThat(result.err()).doesNotContain("the device is gone", "\tat ");
  }

  @Test
  void exitsWithTwoForAnUnexpectedFaultOutsideADocumentWithoutStackTrace() {
    Path file = Plans.write(dir.resolve("b.json"), Plans.withRuleErrors());
    StringWriter err = new StringWriter();

    int code = Cli.run(new String[] {"validate", "--lang", "de", file.toString()}, InputStream.nullInputStream(),
        failingWriter(), new PrintWriter(err), Progress.none());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(
        "Unerwarteter Fehler (IllegalStateException). Mit --debug erscheint der Stacktrace.");
  }

  @Test
  void printsTheStackTraceOfAnUnexpectedFaultWithDebug() {
    Path file = Plans.write(dir.resolve("b.json"), Plans.withRuleErrors());
    StringWriter err = new StringWriter();

    int code = Cli.run(new String[] {"validate", "--debug", file.toString()}, InputStream.nullInputStream(),
        failingWriter(), new PrintWriter(err), Progress.none());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("java.lang.IllegalStateException", "\tat ");
  }

  /** Standard output that fails, as a closed pipe might. */
  private static PrintWriter failingWriter() {
    return new PrintWriter(new StringWriter()) {
      @Override
      public void println(Object x) {
        throw new IllegalStateException("output failed");
      }

      @Override
      public void println(String x) {
        throw new IllegalStateException("output failed");
      }
    };
  }
}
