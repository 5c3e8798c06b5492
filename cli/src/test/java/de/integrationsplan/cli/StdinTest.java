package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class StdinTest {

  @Test
  void validatesOneDocumentFromStandardInput() {
    CliRun.Result result = CliRun.withStdin(Plans.complete().getBytes(StandardCharsets.UTF_8),
        "validate", "--lang", "de", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly("1 Datei geprüft, 0 ungültig, 0 Fehler, 0 Warnungen");
  }

  @Test
  void findsTheLinesOfFindingsInStandardInput() {
    CliRun.Result result = CliRun.withStdin(Plans.withRuleErrors().getBytes(StandardCharsets.UTF_8),
        "validate", "--lang", "de", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines()).contains(
        "<stdin>:157 /goals/1/dueDate plan.goal.dueBeforeAgreement Fehler: "
            + "Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.");
  }

  @Test
  void reportsMalformedStandardInputAsInvalid() {
    CliRun.Result result = CliRun.withStdin("{\"id\": [".getBytes(StandardCharsets.UTF_8),
        "validate", "--format", "json", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(Plans.tree(result.outLines().get(0)).get("file").asString()).isEqualTo("<stdin>");
  }

  @Test
  void rejectsADocumentOverTheSizeLimitWithoutKeepingIt() {
    byte[] big = ("[" + "1,".repeat(3 * 1024 * 1024) + "1]").getBytes(StandardCharsets.UTF_8);

    CliRun.Result result = CliRun.withStdin(big, "validate", "--format", "json", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("\"code\":\"json.limit.");
  }
}
