package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, {@code cli/target/integrationsplan.jar}, in a child JVM with a 64 MB heap, as CI
 * runs it: hostile files are answered with exit code 1 and a clear finding, never a stack trace or
 * an {@code OutOfMemoryError}. The big files are written at test time and never committed. Run by
 * failsafe after {@code package}.
 */
final class JarIT {

  private static final long MB = 1024 * 1024;

  @TempDir
  static Path dir;

  private static Path jar;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("integrationsplan.jar", "target/integrationsplan.jar"));
    assertThat(jar).exists();
  }

  record Run(int exitCode, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Run run = java(out, args);
    return new Run(run.exitCode(), Files.readString(out, StandardCharsets.UTF_8), run.err());
  }

  /** Runs the jar with standard output into {@code out}, which is not read; {@code Run.out} is empty. */
  private static Run java(Path out, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the jar did not finish in 90 s: " + command);
    }
    return new Run(process.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Writes {@code head}, {@code count} times {@code unit}, and {@code tail}, without holding them. */
  private static Path write(String name, String head, String unit, long count, String tail) throws IOException {
    Path file = dir.resolve(name);
    byte[] chunk = unit.repeat((int) Math.max(1, Math.min(count, 65_536 / Math.max(1, unit.length())))).getBytes(StandardCharsets.UTF_8);
    long perChunk = chunk.length / Math.max(1, unit.getBytes(StandardCharsets.UTF_8).length);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      long left = count;
      while (left >= perChunk && perChunk > 0) {
        out.write(chunk);
        left -= perChunk;
      }
      for (long i = 0; i < left; i++) {
        out.write(unit.getBytes(StandardCharsets.UTF_8));
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static void assertAnswered(Run run, String code) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains(" " + code + " Fehler: ");
    assertThat(run.out().lines().toList()).last().asString().contains("1 ungültig");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatesAValidPlanWithExitZeroAndNoLogLines() throws Exception {
    Path file = Plans.write(dir.resolve("plan.json"), Plans.complete());

    Run run = java("validate", "--lang", "de", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(file + ": gültig\n1 Datei geprüft, 0 ungültig, 0 Fehler, 0 Warnungen\n");
    assertThat(run.err()).isEmpty(); // no SLF4J warning, no Hibernate Validator INFO line, no progress
  }

  @Test
  void reportsRuleErrorsWithoutALogLine() throws Exception {
    // rule errors start Hibernate Validator, which would log its version at INFO
    Path file = Plans.write(dir.resolve("plan.json"), Plans.withRuleErrors());

    Run run = java("validate", "--lang", "de", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("Fehler: ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void answersAnEmptyFile() throws Exception {
    assertAnswered(java("validate", "--lang", "de", write("empty.json", "", "", 0, "").toString()), "json.empty");
  }

  @Test
  void answersAFileThatIsNotJson() throws Exception {
    Path file = Plans.write(dir.resolve("text.json"), "Das ist kein JSON, sondern ein Brief.\n");

    assertAnswered(java("validate", "--lang", "de", file.toString()), "json.syntax");
  }

  @Test
  void answersNestingOfAHundredThousandLevels() throws Exception {
    Path file = write("deep.json", "", "[", 100_000, "]".repeat(100_000));

    assertAnswered(java("validate", "--lang", "de", file.toString()), "json.limit.depth");
  }

  @Test
  void answersAFiftyMegabyteString() throws Exception {
    Path file = write("string.json", "{\"id\": \"", "a", 50 * MB, "\"}");

    Run run = java("validate", "--lang", "de", file.toString());

    // read into memory up to the document limit first: 50 MB are over it, whatever they hold
    assertAnswered(run, "json.limit.documentSize");
  }

  @Test
  void answersAStringOverTheStringLimitInASmallDocument() throws Exception {
    Path file = write("string-1mb.json", "{\"id\": \"", "a", MB, "\"}");

    assertAnswered(java("validate", "--lang", "de", file.toString()), "json.limit.stringLength");
  }

  @Test
  void answersInvalidUtf8() throws Exception {
    Path file = dir.resolve("latin1.json");
    byte[] head = "{\"id\": \"M".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "ller\"}".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head);
      out.write(0xFC); // ü in ISO-8859-1, invalid in UTF-8
      out.write(tail);
    }

    assertAnswered(java("validate", "--lang", "de", file.toString()), "json.encoding");
  }

  @Test
  void answersAHugeArray() throws Exception {
    Path file = write("array.json", "{\"goals\": [", "{},", 10_000_000, "{}]}");

    assertAnswered(java("validate", "--lang", "de", file.toString()), "json.limit.documentSize");
  }

  @Test
  void answersAnArrayOverTheTokenLimitInASmallDocument() throws Exception {
    Path file = write("array-600k.json", "{\"goals\": [", "{},", 600_000, "{}]}");

    assertAnswered(java("validate", "--lang", "de", file.toString()), "json.limit.tokens");
  }

  @Test
  void goesOnPastHostileLinesOfAnNdjsonFileInConstantMemory() throws Exception {
    String good = Plans.completeLine() + "\n";
    Path file = dir.resolve("mixed.ndjson");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write(good.getBytes(StandardCharsets.UTF_8));
      out.write("[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      out.write(good.getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] as = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 60; i++) {
        out.write(as);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(good.getBytes(StandardCharsets.UTF_8));
    }

    Run run = java("validate", "--lang", "de", "--quiet", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo(file + ":2: ungültig (1 Fehler)");
    assertThat(lines.get(1)).startsWith("  / json.limit.depth Fehler: ");
    assertThat(lines.get(2)).isEqualTo(file + ":4: ungültig (1 Fehler)");
    assertThat(lines.get(3)).startsWith("  / json.limit.");
    assertThat(lines.get(4)).isEqualTo("5 Dokumente in 1 Datei geprüft, 2 ungültig, 2 Fehler, 0 Warnungen");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsTheVersionFromTheBuild() throws Exception {
    Run run = java("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("integrationsplan " + System.getProperty("project.version"));
  }

  @Test
  void exitsWithTwoForAMissingPath() throws Exception {
    Run run = java("validate", "--lang", "de", dir.resolve("nirgends.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Pfad nicht gefunden: ").doesNotContain("\tat ");
  }

  @Test
  void generatesPlansInConstantMemoryThatValidate() throws Exception {
    Path plans = dir.resolve("generated.ndjson");

    Run generate = java(plans, "generate", "--count", "20000", "--seed", "7");

    assertThat(generate.exitCode()).as(generate.err()).isZero();
    assertThat(generate.err()).isEmpty();
    long lines;
    try (var stream = Files.lines(plans, StandardCharsets.UTF_8)) {
      lines = stream.count();
    }
    assertThat(lines).isEqualTo(20_000);

    Run validate = java("validate", "--lang", "de", "--quiet", plans.toString());
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).isEqualTo("20.000 Dokumente in 1 Datei geprüft, 0 ungültig, 0 Fehler, 0 Warnungen\n");
    assertThat(validate.err()).isEmpty();
  }

  @Test
  void redactsAndCountsWithoutPrintingAValueOrTheKey() throws Exception {
    Path key = Plans.key(dir.resolve("key.bin"), RedactCommandTest.KEY);
    Path plans = Plans.write(dir.resolve("canary.ndjson"),
        RedactCommandTest.canaryLine() + "\nKanarienvogel\n" + Plans.completeLine() + "\n");

    Run redact = java("redact", "--lang", "de", "--key-file", key.toString(), plans.toString());
    Run stats = java("stats", "--lang", "de", "--at", "2026-06-30", "--threshold", "1", plans.toString());

    assertThat(redact.exitCode()).isEqualTo(1);
    assertThat(redact.out().lines()).hasSize(2);
    assertThat(redact.err()).startsWith(plans + ":2 json.").endsWith("1 Dokument von 3 ungültig und übersprungen.\n");
    assertThat(stats.exitCode()).isEqualTo(1);
    assertThat(stats.out()).contains("2026-06-30,land,08,plans,TOTAL,2,false\r\n");
    for (Run run : List.of(redact, stats)) {
      for (String canary : RedactCommandTest.CANARIES) {
        assertThat(run.out() + run.err()).doesNotContainIgnoringCase(canary);
      }
      assertThat(run.out() + run.err()).doesNotContain(RedactCommandTest.KEY).doesNotContain("\tat ");
    }
  }

  @Test
  void refusesAShortKeyFileWithExitTwo() throws Exception {
    Path key = Plans.key(dir.resolve("short.bin"), "zu-kurz-Kanarienvogel");

    Run run = java("redact", "--lang", "en", "--key-file", key.toString(), "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("The key file " + key + " holds 21 bytes; at least 32 are required.\n")
        .doesNotContain("Kanarienvogel");
  }
}
