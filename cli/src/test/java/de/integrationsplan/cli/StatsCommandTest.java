package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code stats}: a small set counted by hand. The complete plan (Heidelberg 08221000, active from
 * 2025-03-03 to 2028-03-02) has six goals (LANGUAGE in progress; RECOGNITION, WORK, HOUSING,
 * SCHOOL without achievement; PARTICIPATION achieved) and three measures (COURSE,
 * RECOGNITION_PROCEDURE, HOUSING_SEARCH). The set at 2026-06-30:
 *
 * <ol>
 *   <li>the complete plan, person p-2025-0113, Heidelberg;
 *   <li>another person (p-b), Heidelberg;
 *   <li>a second plan of p-2025-0113, Heidelberg;
 *   <li>another person (p-c), Stuttgart 08111000;
 *   <li>a draft, Stuttgart: not counted.
 * </ol>
 *
 * By hand: Land 4 plans and 3 persons; Heidelberg 3 plans and 2 persons; district 08221 the same;
 * Stuttgart 1 plan and 1 person; goals 4 × 6 = 24, LANGUAGE 4, NOT_RECORDED 16, ACHIEVED 4;
 * measures 12, COURSE 4.
 */
final class StatsCommandTest {

  @TempDir
  Path dir;

  private static String plan(String pseudonym, String ags, String status) {
    return Plans.line(p -> {
      ((ObjectNode) p.get("person")).put("pseudonym", pseudonym);
      ((ObjectNode) p.get("responsibleOrganisation")).put("municipalityKey", ags);
      p.put("status", status);
    });
  }

  private Path set() {
    return Plans.write(dir.resolve("set.ndjson"), String.join("\n",
        Plans.completeLine(),
        plan("p-b", "08221000", "ACTIVE"),
        plan("p-2025-0113", "08221000", "ACTIVE"),
        plan("p-c", "08111000", "ACTIVE"),
        plan("p-d", "08111000", "DRAFT")) + "\n");
  }

  private static String row(String level, String region, String table, String category, int count) {
    return "2026-06-30," + level + "," + region + "," + table + "," + category + "," + count + ",false";
  }

  @Test
  void countsEqualTheHandCountWithThresholdOne() {
    CliRun.Result result = CliRun.run("stats", "--at", "2026-06-30", "--threshold", "1", set().toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("stichtag,level,region,table,category,count,suppressed\r\n");
    assertThat(result.out().split("\r\n")).contains(
        row("land", "08", "plans", "TOTAL", 4),
        row("land", "08", "persons", "TOTAL", 3),
        row("district", "08221", "plans", "TOTAL", 3),
        row("municipality", "08221000", "plans", "TOTAL", 3),
        row("municipality", "08221000", "persons", "TOTAL", 2),
        row("municipality", "08111000", "plans", "TOTAL", 1),
        row("municipality", "08111000", "persons", "TOTAL", 1),
        row("land", "08", "goalsByArea", "TOTAL", 24),
        row("land", "08", "goalsByArea", "LANGUAGE", 4),
        row("land", "08", "goalsByArea", "HEALTH", 0),
        row("land", "08", "goalsByAchievement", "NOT_RECORDED", 16),
        row("land", "08", "goalsByAchievement", "ACHIEVED", 4),
        row("municipality", "08111000", "goalsByArea", "SCHOOL", 1),
        row("land", "08", "measuresByKind", "TOTAL", 12),
        row("land", "08", "measuresByKind", "COURSE", 4));
    assertThat(result.out()).doesNotContain(",true\r\n");
  }

  @Test
  void suppressesSmallCountsWithThresholdFive() {
    CliRun.Result result = CliRun.run("stats", "--at", "2026-06-30", set().toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().split("\r\n")).contains(
        "2026-06-30,land,08,plans,TOTAL,,true",
        "2026-06-30,municipality,08221000,plans,TOTAL,,true",
        "2026-06-30,municipality,08111000,plans,TOTAL,,true",
        row("land", "08", "goalsByArea", "TOTAL", 24),
        row("land", "08", "goalsByArea", "HEALTH", 0));
    assertThat(result.out()).doesNotContain(",3,false", ",1,false");
  }

  @Test
  void writesJson() {
    CliRun.Result result = CliRun.run("stats", "--at", "2026-06-30", "--threshold", "1", "--format", "json",
        set().toString());

    assertThat(result.exitCode()).isZero();
    JsonNode json = Plans.tree(result.out());
    assertThat(json.get("stichtag").asString()).isEqualTo("2026-06-30");
    assertThat(json.get("threshold").asInt()).isEqualTo(1);
    JsonNode first = json.get("cells").get(0);
    assertThat(first.get("level").asString() + first.get("region").asString() + first.get("table").asString())
        .isEqualTo("land08plans");
    assertThat(first.get("count").asInt()).isEqualTo(4);
  }

  @Test
  void reportsAndSkipsInvalidLinesWithoutValues() {
    Path file = Plans.write(dir.resolve("mixed.ndjson"), String.join("\n",
        Plans.completeLine(),
        "Kanarienvogel",
        Plans.line(p -> { RedactCommandTest.canaries(p); ((ObjectNode) p.get("person")).put("birthYear", "Kanarienvogel"); }),
        plan("p-c", "08111000", "ACTIVE")) + "\n");

    CliRun.Result result = CliRun.run("stats", "--lang", "en", "--at", "2026-06-30", "--threshold", "1", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().split("\r\n")).contains(row("land", "08", "plans", "TOTAL", 2));
    List<String> err = result.errLines();
    assertThat(err).hasSize(3);
    assertThat(err.get(0)).startsWith(file + ":2 json.");
    assertThat(err.get(1)).startsWith(file + ":3 schema.type ");
    assertThat(err.get(2)).isEqualTo("2 documents of 4 invalid and skipped.");
    for (String canary : RedactCommandTest.CANARIES) {
      assertThat(result.out() + result.err()).doesNotContainIgnoringCase(canary);
    }
  }

  @Test
  void countsTheBundledExamplesAndGeneratedPlansFromStandardInput() {
    CliRun.Result examples = CliRun.run("stats", "--at", "2026-06-30", "../examples/plans/valid");
    assertThat(examples.exitCode()).as(examples.err()).isZero();
    assertThat(examples.out()).startsWith("stichtag,");

    String generated = CliRun.run("generate", "--count", "200", "--seed", "7").out();
    CliRun.Result piped = CliRun.withStdin(generated.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "stats", "--at", "2026-06-30", "-");
    assertThat(piped.exitCode()).isZero();
    assertThat(piped.out()).contains("\r\n2026-06-30,land,08,plans,TOTAL,");
  }

  @Test
  void rejectsABadDateOrThreshold() {
    CliRun.Result date = CliRun.run("stats", "--lang", "de", "--at", "30.06.2026");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.out()).isEmpty();
    assertThat(date.errLines()).first()
        .isEqualTo("Ungültiges Datum für --at: 30.06.2026. Erwartet wird JJJJ-MM-TT, etwa 2026-06-30.");

    CliRun.Result threshold = CliRun.run("stats", "--lang", "en", "--at", "2026-06-30", "--threshold", "0");
    assertThat(threshold.exitCode()).isEqualTo(2);
    assertThat(threshold.errLines()).first()
        .isEqualTo("Invalid threshold for --threshold: 0. An integer of 1 or more is expected.");

    CliRun.Result path = CliRun.run("stats", "--lang", "en", "--at", "2026-06-30", "nope.ndjson");
    assertThat(path.exitCode()).isEqualTo(2);
    assertThat(path.errLines()).containsExactly("Path not found: nope.ndjson");
  }
}
