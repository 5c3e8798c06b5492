package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.PlanValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** {@code redact}: valid, redacted NDJSON out; no identifying value and never the key anywhere. */
final class RedactCommandTest {

  /** The key: printable, so that a leak would be visible in text. */
  static final String KEY = "Geheimschluessel-fuer-Tests-0123456789-abcdef";

  /** The identifying values of the canary plan; none may be printed after redaction. */
  static final List<String> CANARIES = List.of("Kanarienvogel", "Kanarienfamilie", "p-kanari-4711",
      "im-kanari-07", "KANARI-AKTENZEICHEN", "3f1c2a9e-8b7d-4c55-9a61-0d2e4f6a8b10", "Kanarienziel");

  @TempDir
  Path dir;

  private Path key;

  @BeforeEach
  void writeKey() throws IOException {
    key = Plans.key(dir.resolve("key.bin"), KEY);
  }

  /** The complete plan with canaries in every identifying place and in special-category text. */
  static String canaryLine() {
    return Plans.line(RedactCommandTest::canaries);
  }

  static void canaries(ObjectNode plan) {
    ObjectNode person = (ObjectNode) plan.get("person");
    person.put("pseudonym", "p-kanari-4711");
    ((ObjectNode) person.get("identifyingData")).put("givenNames", "Kanarienvogel").put("familyName", "Kanarienfamilie");
    plan.put("integrationManager", "im-kanari-07");
    ((ObjectNode) plan.get("extensions").get(0)).put("value", "KANARI-AKTENZEICHEN-4711");
    ((ObjectNode) plan.get("goals").get(0)).put("description", "Kanarienziel: Deutsch B1");
  }

  private static void assertValidNdjson(String out, int lines) {
    PlanValidator validator = PlanValidator.create();
    assertThat(out.lines()).hasSize(lines).allSatisfy(line ->
        assertThat(validator.validate(line).issues()).noneMatch(i -> i.severity() == Severity.ERROR));
  }

  private static void assertNoCanaryNorKey(CliRun.Result result) {
    String all = result.out() + result.err();
    for (String canary : CANARIES) {
      assertThat(all).doesNotContainIgnoringCase(canary);
    }
    assertThat(all).doesNotContain(KEY).doesNotContain(KEY.substring(0, 16));
  }

  @ParameterizedTest
  @ValueSource(strings = {"exchange", "statistics"})
  void writesValidRedactedPlansWithoutIdentifyingValues(String level) {
    String canary = canaryLine();
    assertThat(PlanValidator.create().validate(canary).isValid()).isTrue();
    Path plans = Plans.write(dir.resolve("plans.ndjson"), canary + "\n" + Plans.completeLine() + "\n");

    CliRun.Result result = CliRun.run("redact", "--key-file", key.toString(), "--level", level, plans.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertValidNdjson(result.out(), 2);
    assertNoCanaryNorKey(result);
    assertThat(result.out()).doesNotContain("identifyingData", "extensions", "Rania");
  }

  @Test
  void theSameKeyGivesTheSamePseudonymsAnotherKeyOthers() throws IOException {
    Path plans = Plans.write(dir.resolve("plans.ndjson"), canaryLine() + "\n");
    Path other = Plans.key(dir.resolve("other.bin"), KEY.replace('G', 'H'));

    String first = CliRun.run("redact", "--key-file", key.toString(), plans.toString()).out();
    String second = CliRun.run("redact", "--key-file", key.toString(), plans.toString()).out();
    String third = CliRun.run("redact", "--key-file", other.toString(), plans.toString()).out();

    assertThat(second).isEqualTo(first);
    String pseudonym = Plans.tree(first).get("person").get("pseudonym").asString();
    assertThat(pseudonym).startsWith("ps-");
    assertThat(Plans.tree(third).get("person").get("pseudonym").asString()).startsWith("ps-").isNotEqualTo(pseudonym);
  }

  @Test
  void refusesAShortKeyWithoutShowingIt() throws IOException {
    Path shortKey = Plans.key(dir.resolve("short.bin"), "Kanarienvogel-Schluessel");
    Path plans = Plans.write(dir.resolve("plans.ndjson"), canaryLine() + "\n");

    CliRun.Result result = CliRun.run("redact", "--lang", "de", "--key-file", shortKey.toString(), plans.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).containsExactly(
        "Die Schlüsseldatei " + shortKey + " enthält 24 Bytes; nötig sind mindestens 32.",
        "Hilfe: integrationsplan redact --help");
    assertThat(result.err()).doesNotContain("Kanarienvogel-Schluessel");
  }

  @Test
  void refusesAMissingKeyFileAndAMissingOption() {
    CliRun.Result missing = CliRun.run("redact", "--lang", "en", "--key-file", dir.resolve("nope.bin").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).first().isEqualTo("Key file not found: " + dir.resolve("nope.bin"));

    CliRun.Result option = CliRun.run("redact", "--lang", "en", "-");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.errLines()).first().isEqualTo("The required option --key-file is missing.");

    CliRun.Result folder = CliRun.run("redact", "--lang", "en", "--key-file", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.errLines()).first().isEqualTo("Key file cannot be read: " + dir);
  }

  @Test
  void reportsInvalidLinesWithTheirNumbersSkipsThemAndGoesOn() {
    String ndjson = String.join("\n",
        canaryLine(),
        "{\"id\": \"Kanarienvogel\"",                                                     // 2: truncated
        "",                                                                               // 3: blank
        Plans.line(p -> { canaries(p); p.remove("integrationManager"); }),                // 4: schema
        Plans.line(p -> { canaries(p); Plans.breakRules(p); }),                            // 5: rules
        Plans.line(p -> { canaries(p); p.put("status", "Kanarienvogel"); }),               // 6: enum
        Plans.completeLine()) + "\n";                                                      // 7: valid
    Path plans = Plans.write(dir.resolve("mixed.ndjson"), ndjson);

    CliRun.Result result = CliRun.run("redact", "--lang", "de", "--key-file", key.toString(), plans.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertValidNdjson(result.out(), 2);
    String name = plans.toString();
    assertThat(result.errLines()).containsExactly(
        name + ":2 json.truncated Das JSON-Dokument endet unerwartet; die Datei ist vermutlich unvollständig.",
        name + ":4 schema.required Integrationsmanager/in (Pseudonym): Diese Pflichtangabe fehlt.",
        name + ":5 plan.goal.dueBeforeAgreement Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.",
        name + ":5 plan.measure.unknownGoal Maßnahme 1 › Ziele der Maßnahme, Eintrag 1: "
            + "Die Maßnahme verweist auf ein Ziel, das es im Integrationsplan nicht gibt.",
        name + ":6 schema.enum " + errorMessage("schema.enum"),
        "4 Dokumente von 6 ungültig und übersprungen.");
    assertNoCanaryNorKey(result);
  }

  private static String errorMessage(String code) {
    return PlanValidator.create().validate(Plans.line(p -> p.put("status", "x"))).issues().stream()
        .filter(i -> i.code().equals(code)).findFirst().orElseThrow().message();
  }

  @Test
  void readsASingleJsonFileAndReportsItsErrorLine() {
    Path good = Plans.write(dir.resolve("plan.json"), Plans.pretty(RedactCommandTest::canaries));
    Path bad = Plans.write(dir.resolve("bad.json"), Plans.withRuleErrors());

    CliRun.Result result = CliRun.run("redact", "--lang", "en", "--key-file", key.toString(), good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertValidNdjson(result.out(), 1);
    assertThat(result.errLines()).hasSize(3);
    assertThat(result.errLines().subList(0, 2))
        .allSatisfy(l -> assertThat(l).matches("\\Q" + bad + "\\E:\\d+ plan\\.\\S+ .+"));
    assertThat(result.errLines().get(0)).startsWith(bad + ":" + dueDateLine() + " plan.goal.dueBeforeAgreement ");
    assertThat(result.errLines().get(2)).isEqualTo("1 document of 2 invalid and skipped.");
    assertNoCanaryNorKey(result);
  }

  /** The line of {@code /goals/1/dueDate} in the pretty-printed plan, counted by hand. */
  private static int dueDateLine() {
    List<String> lines = Plans.withRuleErrors().lines().toList();
    int goals = -1;
    int goal = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (goals < 0 && l.contains("\"goals\"")) {
        goals = i;
      } else if (goals >= 0 && goal < 0 && l.contains("\"id\" : \"g-rec\"")) {
        goal = i;
      } else if (goal >= 0 && l.contains("\"dueDate\"")) {
        return i + 1;
      }
    }
    throw new AssertionError("no dueDate in the second goal");
  }

  @Test
  void readsNdjsonFromStandardInputWithoutPath() {
    String generated = CliRun.run("generate", "--count", "20", "--seed", "5").out();

    CliRun.Result result = CliRun.withStdin(generated.getBytes(StandardCharsets.UTF_8),
        "redact", "--key-file", key.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertValidNdjson(result.out(), 20);
    assertThat(result.out()).doesNotContain("syn-", SyntheticMarker.URL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"exchange", "statistics"})
  void aThousandGeneratedPlansStayValidWhenRedacted(String level) {
    String generated = CliRun.run("generate", "--count", "1000", "--seed", "7").out();
    NdjsonCheck out = new NdjsonCheck(true);
    java.io.StringWriter err = new java.io.StringWriter();

    int code = Cli.run(new String[] {"redact", "--key-file", key.toString(), "--level", level, "-"},
        new java.io.ByteArrayInputStream(generated.getBytes(StandardCharsets.UTF_8)), out,
        new java.io.PrintWriter(err), Progress.none());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.lines()).isEqualTo(1000);
    assertThat(out.invalid()).as(out.firstInvalid()).isZero();
  }

  /** The marker of synthetic plans, an extension, which redaction removes. */
  private static final class SyntheticMarker {
    static final String URL = de.integrationsplan.synthetic.SyntheticPlans.MARKER_URL;
  }
}
