package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class NdjsonTest {

  @TempDir
  Path dir;

  @Test
  void goesOnAfterBrokenLinesAndReportsTheirLineNumbers() {
    String good = Plans.completeLine();
    String content = String.join("\n",
        good,                                            // 1
        "{\"id\": ",                                      // 2 truncated
        "",                                               // 3 blank
        good,                                             // 4
        "not json at all",                                // 5
        "   ",                                            // 6 blank
        Plans.line(Plans::breakRules),                    // 7 rule errors
        good) + "\n";                                     // 8
    Path file = Plans.write(dir.resolve("plans.ndjson"), content);

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    List<String> lines = result.outLines();
    assertThat(lines.subList(0, lines.size() - 1)).containsExactly(
        file + ":1: gültig",
        file + ":2: ungültig (1 Fehler)",
        "  / json.truncated Fehler: Das JSON-Dokument endet unerwartet; die Datei ist vermutlich unvollständig.",
        file + ":4: gültig",
        file + ":5: ungültig (1 Fehler)",
        "  / json.syntax Fehler: Die Datei ist kein gültiges JSON.",
        file + ":7: ungültig (2 Fehler, 1 Warnung)",
        "  /goals/0 plan.goal.withoutMeasure Warnung: Ziel 1: Für dieses vereinbarte oder laufende Ziel ist noch keine Maßnahme geplant. "
            + "Vermutlich eine Folge von: Maßnahme 1 › Ziele der Maßnahme, Eintrag 1.",
        "  /goals/1/dueDate plan.goal.dueBeforeAgreement Fehler: Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.",
        "  /measures/0/goalIds/0 plan.measure.unknownGoal Fehler: Maßnahme 1 › Ziele der Maßnahme, Eintrag 1: "
            + "Die Maßnahme verweist auf ein Ziel, das es im Integrationsplan nicht gibt.",
        file + ":8: gültig");
    assertThat(lines).last().isEqualTo("6 Dokumente in 1 Datei geprüft, 3 ungültig, 4 Fehler, 1 Warnung");
  }

  @Test
  void readsCrLfLinesAndALastLineWithoutNewline() {
    String good = Plans.completeLine();
    Path file = Plans.write(dir.resolve("plans.ndjson"), good + "\r\n" + "{]\r\n" + good);

    CliRun.Result result = CliRun.run("validate", "--format", "json", file.toString());

    assertThat(result.outLines()).hasSize(3);
    assertThat(result.outLines().get(1)).contains("\"line\":2", "\"valid\":false");
    assertThat(result.outLines().get(2)).contains("\"line\":3", "\"valid\":true");
  }

  @Test
  void skipsTheRestOfALineTooLongForTheLimitAndGoesOn() {
    String good = Plans.completeLine();
    String huge = "{\"id\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    Path file = Plans.write(dir.resolve("plans.ndjson"), huge + "\n" + good + "\n");

    CliRun.Result result = CliRun.run("validate", "--format", "json", file.toString());

    assertThat(result.outLines()).hasSize(2);
    assertThat(result.outLines().get(0)).contains("\"line\":1", "\"code\":\"json.limit.");
    assertThat(result.outLines().get(1)).contains("\"line\":2", "\"valid\":true");
  }

  @Test
  void splitsLinesWithoutHoldingThem() throws IOException {
    byte[] bytes = "a\n\n  \r\nbc\r\n\tdef".getBytes(StandardCharsets.UTF_8);
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes));
    List<String> read = new ArrayList<>();

    while (lines.next()) {
      try (InputStream line = lines.line()) {
        read.add(lines.lineNumber() + "=" + new String(line.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    assertThat(read).containsExactly("1=a", "4=bc\r", "5=def");
  }

  @Test
  void skipsWhatTheReaderOfALineLeftUnread() throws IOException {
    byte[] bytes = "abcdef\nxyz\n".getBytes(StandardCharsets.UTF_8);
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes));

    assertThat(lines.next()).isTrue();
    assertThat(lines.line().read()).isEqualTo('a');
    assertThat(lines.next()).isTrue();
    assertThat(new String(lines.line().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("xyz");
    assertThat(lines.lineNumber()).isEqualTo(2);
    assertThat(lines.next()).isFalse();
  }
}
