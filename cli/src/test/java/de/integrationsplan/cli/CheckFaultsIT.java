package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents whose check fails: numbers with huge exponents in every format, and a check that throws
 * (a copy of the jar whose German message of {@code schema.required} is missing, so that the
 * validator throws on every document that lacks a required property, with a message of its own).
 * Such a document is counted and reported invalid with a finding in every format, never "invalid
 * with 0 Fehler", and no exception message is printed, not even with {@code --debug}: it may hold
 * submitted content.
 */
final class CheckFaultsIT {

  @TempDir
  static Path shared;

  private static Path faultyJar;

  @TempDir
  Path dir;

  /** The jar with {@code schema.required=...} taken out of the German messages. */
  @BeforeAll
  static void makeFaultyJar() throws IOException {
    faultyJar = shared.resolve("faulty.jar");
    try (ZipFile in = new ZipFile(Shell.jar().toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(faultyJar))) {
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream data = in.getInputStream(entry)) {
          if (entry.getName().equals("de/integrationsplan/core/internal/messages_de.properties")) {
            String text = new String(data.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("\nschema.required=");
            out.write(text.replaceAll("\nschema\\.required=[^\n]*", "").getBytes(StandardCharsets.UTF_8));
          } else {
            data.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
  }

  @ParameterizedTest(name = "birthYear {0} in every format")
  @ValueSource(strings = {"1e400", "1e9999999999999", "-1E+2147483648"})
  void aHugeExponentIsAFindingInEveryFormat(String number) throws Exception {
    Files.writeString(dir.resolve("huge.json"), "{\"person\":{\"birthYear\":" + number + "}}");
    Files.writeString(dir.resolve("huge.ndjson"), "{\"person\":{\"birthYear\":" + number + "}}\n");

    Shell.Run text = Shell.run(dir, 60, "ip validate huge.json huge.ndjson").withoutTrace();
    Shell.Run json = Shell.run(dir, 60, "ip validate --format json huge.json huge.ndjson").withoutTrace();
    Shell.Run junit = Shell.run(dir, 60, "ip validate --format junit huge.json huge.ndjson").withoutTrace();
    Shell.Run debug = Shell.run(dir, 60, Shell.KEY
        + "ip --debug validate huge.json huge.ndjson; ip --debug redact --key-file key.bin huge.json huge.ndjson;"
        + " ip --debug stats --at 2026-06-30 huge.json huge.ndjson");

    assertInvalidInEveryFormat(text, json, junit);
    String digits = number.substring(number.indexOf('e') >= 0 ? number.indexOf('e') : number.indexOf('E'));
    for (Shell.Run run : new Shell.Run[] {text, json, junit, debug}) {
      assertThat(run.out() + run.err()).doesNotContain(digits);
    }
  }

  @Test
  void aCheckThatThrowsIsAFindingInEveryFormat() throws Exception {
    Files.writeString(dir.resolve("plan.json"), "{}");
    Files.writeString(dir.resolve("plan.ndjson"), "{}\n");

    Shell.Run text = Shell.run(dir, faultyJar, 60, "ip validate plan.json plan.ndjson").withoutTrace();
    Shell.Run json = Shell.run(dir, faultyJar, 60, "ip validate --format json plan.json plan.ndjson").withoutTrace();
    Shell.Run junit = Shell.run(dir, faultyJar, 60, "ip validate --format junit plan.json plan.ndjson").withoutTrace();

    assertInvalidInEveryFormat(text, json, junit);
    assertThat(text.out()).contains("plan.json: ungültig (1 Fehler)\n  / cli.checkFailed Fehler: ",
        "plan.ndjson:1: ungültig (1 Fehler)\n  / cli.checkFailed Fehler: ");
    assertThat(text.err()).contains("Unerwarteter Fehler beim Prüfen von plan.json (IllegalArgumentException)");
    assertThat(json.out()).contains("\"code\":\"cli.checkFailed\"");
  }

  @Test
  void debugShowsWhereACheckThrewButNoExceptionMessage() throws Exception {
    Files.writeString(dir.resolve("plan.ndjson"), "{}\n");

    Shell.Run run = Shell.run(dir, faultyJar, 60, Shell.KEY
        + "ip --debug validate plan.ndjson; ip --debug redact --key-file key.bin plan.ndjson;"
        + " ip --debug stats --at 2026-06-30 plan.ndjson");

    assertThat(run.err()).contains("java.lang.IllegalArgumentException", "\tat de.integrationsplan.core.")
        .doesNotContain("no message for code").doesNotContain("schema.required:");
    assertThat(run.err().lines().filter(l -> l.startsWith("plan.ndjson:1 cli.checkFailed "))).hasSize(2);
  }

  @Test
  void theHostileCorpusThroughEveryCommandIsExitOneWithoutATraceOrAValue() throws Exception {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("hostile.ndjson")))) {
      for (String line : new String[] {"[".repeat(100_000), "Kanarienvogel ist kein JSON",
          "{\"person\":{\"birthYear\":1e400,\"pseudonym\":\"Kanarienvogel\"}}",
          "{\"id\":\"\\ud800Kanarienvogel\"}", "{\"id\":\"" + "Kanarienvogel".repeat(400_000) + "\"}",
          "{" + "\"k\":1,".repeat(100_000) + "\"k\":1}"}) {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
      out.write("{\"id\":\"M".getBytes(StandardCharsets.UTF_8));
      out.write(0xFC); // ISO-8859-1, invalid in UTF-8
      out.write("ller Kanarienvogel\"}\n".getBytes(StandardCharsets.UTF_8));
    }

    for (String command : new String[] {"validate hostile.ndjson", "validate --format json hostile.ndjson",
        "validate --format junit hostile.ndjson", "redact --key-file key.bin hostile.ndjson",
        "stats --at 2026-06-30 hostile.ndjson"}) {
      Shell.Run run = Shell.run(dir, 90, Shell.KEY + "ip " + command)
          .withoutTrace();

      assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(Cli.INVALID);
      assertThat(run.out() + run.err()).as(command).doesNotContain("Kanarienvogel").doesNotContain("e400");
      // the last line is reported, in text and on standard error as file:line, in JSON with its line
      assertThat(run.out() + run.err()).as(command).containsPattern("hostile\\.ndjson(:7\\b|\",\"line\":7\\b)");
    }
  }

  private static void assertInvalidInEveryFormat(Shell.Run text, Shell.Run json, Shell.Run junit) {
    for (Shell.Run run : new Shell.Run[] {text, json, junit}) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.INVALID);
    }
    assertThat(text.out().lines().filter(l -> l.startsWith("huge.json") || l.startsWith("plan.json"))).isNotEmpty();
    assertThat(text.out().lines().filter(l -> l.startsWith("huge.ndjson:1") || l.startsWith("plan.ndjson:1")))
        .isNotEmpty();
    assertThat(text.out()).doesNotContain(" 0 Fehler").contains("2 Dateien geprüft, 2 ungültig, ");
    assertThat(json.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
        .contains("\"valid\":false,\"issues\":[{\"severity\":\"error\""));
    assertThat(json.err()).doesNotContain(" 0 Fehler");
    assertThat(junit.out()).contains("tests=\"1\" failures=\"1\"").doesNotContain("tests=\"0\"")
        .doesNotContain("message=\"0 Fehler");
  }
}
