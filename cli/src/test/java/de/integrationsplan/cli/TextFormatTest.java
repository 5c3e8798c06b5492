package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TextFormatTest {

  @TempDir
  Path dir;

  @Test
  void printsFileLinePointerCodeAndMessageForEachFindingThenASummary() {
    Path file = Plans.write(dir.resolve("plan.json"), Plans.withRuleErrors());
    String name = file.toString();

    CliRun.Result result = CliRun.run("validate", "--lang", "de", name);

    assertThat(result.outLines()).containsExactly(
        name + ":135 /goals/0 plan.goal.withoutMeasure Warnung: "
            + "Ziel 1: Für dieses vereinbarte oder laufende Ziel ist noch keine Maßnahme geplant. "
            + "Vermutlich eine Folge von: Maßnahme 1 › Ziele der Maßnahme, Eintrag 1.",
        name + ":157 /goals/1/dueDate plan.goal.dueBeforeAgreement Fehler: "
            + "Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.",
        name + ":214 /measures/0/goalIds/0 plan.measure.unknownGoal Fehler: "
            + "Maßnahme 1 › Ziele der Maßnahme, Eintrag 1: Die Maßnahme verweist auf ein Ziel, das es im Integrationsplan nicht gibt.",
        "1 Datei geprüft, 1 ungültig, 2 Fehler, 1 Warnung");
  }

  @Test
  void findsTheLineOfEachPointerInTheDocument() {
    String json = Plans.withRuleErrors();
    Path file = Plans.write(dir.resolve("plan.json"), json);
    String[] lines = json.split("\n", -1);

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(lines[135 - 1]).contains("\"goals\"", "{");
    assertThat(lines[157 - 1]).contains("\"dueDate\"", "2020-01-01");
    assertThat(lines[214 - 1]).contains("\"nope\"");
    assertThat(result.out()).contains(":135 /goals/0 ", ":157 /goals/1/dueDate ", ":214 /measures/0/goalIds/0 ");
  }

  @Test
  void givesAMissingPropertyTheLineOfItsNearestParent() {
    Path file = Plans.write(dir.resolve("plan.json"), Plans.pretty(plan -> plan.remove("integrationManager")));

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(result.outLines()).first()
        .isEqualTo(file + ":1 /integrationManager schema.required Fehler: Integrationsmanager/in (Pseudonym): Diese Pflichtangabe fehlt.");
  }

  @Test
  void givesParserFaultsTheLineWhereReadingStopped() {
    Path file = Plans.write(dir.resolve("plan.json"), "{\n  \"id\": \"x\",\n  \"id\": \"y\"\n}\n");

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(result.outLines()).first().asString().startsWith(file + ":3 ").contains(" json.duplicateKey Fehler: ");
  }

  @Test
  void writesTheRootPointerAsSlash() {
    Path file = Plans.write(dir.resolve("empty.json"), "");

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(result.outLines()).first().asString().startsWith(file + " / json.empty Fehler: ");
  }

  @Test
  void speaksEnglishWithLangEn() {
    Path file = Plans.write(dir.resolve("plan.json"), Plans.withRuleErrors());

    CliRun.Result result = CliRun.run("validate", "--lang", "en", file.toString());

    assertThat(result.outLines()).contains(
        file + ":157 /goals/1/dueDate plan.goal.dueBeforeAgreement error: "
            + "Goal 2 › Due date: The due date of the goal is before the date it was agreed.")
        .last().isEqualTo("1 file checked, 1 invalid, 2 errors, 1 warning");
  }

  @Test
  void countsDocumentsAndFilesWhenTheyDiffer() {
    Path file = Plans.write(dir.resolve("plans.ndjson"), Plans.completeLine() + "\n" + Plans.completeLine() + "\n");

    CliRun.Result result = CliRun.run("validate", "--lang", "de", file.toString());

    assertThat(result.outLines()).containsExactly("2 Dokumente in 1 Datei geprüft, 0 ungültig, 0 Fehler, 0 Warnungen");
  }
}
