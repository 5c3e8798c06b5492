package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

final class JsonFormatTest {

  @TempDir
  Path dir;

  @Test
  void writesOneJsonObjectPerDocumentPerLine() {
    Path valid = Plans.write(dir.resolve("a.json"), Plans.complete());
    Path invalid = Plans.write(dir.resolve("b.json"), Plans.withRuleErrors());

    CliRun.Result result = CliRun.run("validate", "--format", "json", "--lang", "de",
        valid.toString(), invalid.toString());

    List<JsonNode> documents = result.outLines().stream().map(Plans::tree).toList();
    assertThat(documents).hasSize(2);
    assertThat(documents.get(0).get("file").asString()).isEqualTo(valid.toString());
    assertThat(documents.get(0).get("valid").asBoolean()).isTrue();
    assertThat(documents.get(0).has("line")).isFalse();
    assertThat(documents.get(0).get("issues").size()).isZero();
    JsonNode second = documents.get(1);
    assertThat(second.get("valid").asBoolean()).isFalse();
    JsonNode issue = second.get("issues").get(1);
    assertThat(issue.get("severity").asString()).isEqualTo("error");
    assertThat(issue.get("code").asString()).isEqualTo("plan.goal.dueBeforeAgreement");
    assertThat(issue.get("pointer").asString()).isEqualTo("/goals/1/dueDate");
    assertThat(issue.get("source").asString()).isEqualTo("rule");
    assertThat(issue.get("message").asString()).isEqualTo("Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.");
    assertThat(issue.get("line").asLong()).isEqualTo(157);
    assertThat(second.get("issues").get(0).get("severity").asString()).isEqualTo("warning");
    assertThat(issue.has("cause")).isFalse();
  }

  @Test
  void linksAConsequenceToItsCause() {
    Path invalid = Plans.write(dir.resolve("b.json"), Plans.withRuleErrors());

    CliRun.Result result = CliRun.run("validate", "--format", "json", "--lang", "en", invalid.toString());

    JsonNode issues = Plans.tree(result.outLines().get(0)).get("issues");
    JsonNode goalWithoutMeasure = issues.get(0);
    assertThat(goalWithoutMeasure.get("code").asString()).isEqualTo("plan.goal.withoutMeasure");
    assertThat(goalWithoutMeasure.get("cause").get("code").asString()).isEqualTo("plan.measure.unknownGoal");
    assertThat(goalWithoutMeasure.get("cause").get("pointer").asString()).isEqualTo("/measures/0/goalIds/0");
    assertThat(goalWithoutMeasure.get("message").asString())
        .endsWith("Probably a consequence of: Measure 1 › Goals of the measure, entry 1.");
  }

  @Test
  void putsTheSummaryOnStandardErrorToKeepStandardOutputMachineReadable() {
    Path file = Plans.write(dir.resolve("a.json"), Plans.complete());

    CliRun.Result result = CliRun.run("validate", "--format", "json", "--lang", "de", file.toString());

    assertThat(result.errLines()).containsExactly("1 Datei geprüft, 0 ungültig, 0 Fehler, 0 Warnungen");
    assertThat(result.outLines()).hasSize(1);
  }

  @Test
  void namesSourcesInLowerCaseAndGivesParserFaultsLineAndColumn() {
    Path schema = Plans.write(dir.resolve("a.json"), Plans.withoutManager());
    Path parser = Plans.write(dir.resolve("b.json"), "{\n  \"id\": tru\n}");

    CliRun.Result result = CliRun.run("validate", "--format", "json", schema.toString(), parser.toString());

    List<JsonNode> documents = result.outLines().stream().map(Plans::tree).toList();
    assertThat(documents.get(0).get("issues").get(0).get("source").asString()).isEqualTo("schema");
    JsonNode fault = documents.get(1).get("issues").get(0);
    assertThat(fault.get("source").asString()).isEqualTo("parser");
    assertThat(fault.get("code").asString()).startsWith("json.");
    assertThat(fault.get("line").asLong()).isEqualTo(2);
    assertThat(fault.has("column")).isTrue();
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void givesTheLineOfEachNdjsonDocument() {
    Path file = Plans.write(dir.resolve("p.ndjson"), Plans.completeLine() + "\n\nnot json\n");

    CliRun.Result result = CliRun.run("validate", "--format", "json", file.toString());

    List<JsonNode> documents = result.outLines().stream().map(Plans::tree).toList();
    assertThat(documents).extracting(d -> d.get("line").asLong()).containsExactly(1L, 3L);
    assertThat(documents).extracting(d -> d.get("valid").asBoolean()).containsExactly(true, false);
    assertThat(documents.get(1).get("issues").get(0).get("line").asLong()).isEqualTo(3);
  }
}
