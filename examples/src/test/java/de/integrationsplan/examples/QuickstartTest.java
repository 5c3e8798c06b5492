package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Quickstart is this module's {@link Quickstart}, and it prints the German findings the README shows. */
final class QuickstartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE = Path.of("src/main/java/de/integrationsplan/examples/Quickstart.java");

  @Test
  void printsTheGermanReportAndTheJson() {
    String out = run();
    assertThat(out).contains("Der Integrationsplan hat Fehler:")
        .contains("ERROR /goals/0/dueDate [plan.goal.dueBeforeAgreement] Ziel 1 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.")
        .contains("ERROR /measures/0/goalIds/0 [plan.measure.unknownGoal] Maßnahme 1 › Ziele der Maßnahme, Eintrag 1: Die Maßnahme verweist auf ein Ziel, das es im Integrationsplan nicht gibt.")
        .contains("WARNING /goals/0 [plan.goal.withoutMeasure]")
        .contains("Zeichen JSON, beginnend mit {\"id\":\"7d0c6f4e-2b1a-4e8f-9c3d-5a6b7c8d9e0f\"");
  }

  @Test
  void readmeShowsExactlyTheQuickstartSource() throws IOException {
    List<String> source = between(Files.readAllLines(SOURCE, StandardCharsets.UTF_8),
        "// quickstart:begin", "// quickstart:end");
    List<String> readme = between(Files.readAllLines(README, StandardCharsets.UTF_8),
        "<!-- quickstart:begin -->", "<!-- quickstart:end -->");
    assertThat(readme).first().isEqualTo("```java");
    assertThat(readme).last().isEqualTo("```");
    assertThat(readme.subList(1, readme.size() - 1)).containsExactlyElementsOf(source);
  }

  @Test
  void readmeShowsExactlyWhatTheQuickstartPrints() throws IOException {
    List<String> readme = between(Files.readAllLines(README, StandardCharsets.UTF_8),
        "<!-- quickstart-output:begin -->", "<!-- quickstart-output:end -->");
    assertThat(readme).first().isEqualTo("```text");
    assertThat(readme).last().isEqualTo("```");
    assertThat(readme.subList(1, readme.size() - 1)).containsExactlyElementsOf(run().lines().collect(Collectors.toList()));
  }

  private static List<String> between(List<String> lines, String begin, String end) {
    int from = lines.indexOf(begin);
    int to = lines.indexOf(end);
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return lines.subList(from + 1, to).stream().collect(Collectors.toList());
  }

  private static String run() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
