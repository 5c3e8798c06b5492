package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code redact} and {@code stats} with plans of format 2.0, alone and mixed with 1.0. The inputs are
 * the pharmacist of {@code V2Samples} ({@code v2/pharmacist-2.0.json}: Heidelberg, active from
 * 2026-01-26, four goals among them one of securing residence, four measures) and the same person's
 * plan with health data ({@code v2/health-2.0.json}: a health goal with trauma therapy, a psychosocial
 * centre, an SBBZ, a disability; consent to record special categories, not to exchange them).
 */
final class Format2PrivacyCommandsTest {

  /** Codes flagged as special-category data in their lists, all in the health plan. */
  private static final List<String> GIVEAWAY_CODES = List.of("PSYCHOTHERAPY", "HEALTH_PROFESSIONAL",
      "PSYCHOSOCIAL_CENTRE", "HEALTH_CARE", "SBBZ", "PARTIAL_COMPARABILITY");

  @TempDir
  Path dir;

  private Path key;

  @BeforeEach
  void writeKey() {
    key = Plans.key(dir.resolve("key.bin"), RedactCommandTest.KEY);
  }

  private static String resource(String name) {
    try (InputStream in = Format2PrivacyCommandsTest.class.getResourceAsStream("v2/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(String name) {
    return Plans.MAPPER.writeValueAsString(Plans.MAPPER.readTree(resource(name)));
  }

  private static String line(String name, Consumer<ObjectNode> change) {
    ObjectNode plan = (ObjectNode) Plans.MAPPER.readTree(resource(name));
    change.accept(plan);
    return Plans.MAPPER.writeValueAsString(plan);
  }

  private static void consentToExchange(ObjectNode plan) {
    ((ArrayNode) plan.get("consent").get("scopes")).add("EXCHANGE_WITH_SERVICES");
  }

  private static List<String> validLines(String out) {
    PlanValidator validator = PlanValidator.create();
    List<String> lines = out.lines().toList();
    assertThat(lines).allSatisfy(l ->
        assertThat(validator.validate(l).issues()).noneMatch(i -> i.severity() == Severity.ERROR));
    return lines;
  }

  @ParameterizedTest
  @ValueSource(strings = {"exchange", "statistics"})
  void redactsPlansOfBothFormatsIntoValidPlansOfTheirFormat(String level) {
    Path plans = Plans.write(dir.resolve("mixed.ndjson"), String.join("\n",
        Plans.completeLine(), line("pharmacist-2.0.json"), line("health-2.0.json")) + "\n");

    CliRun.Result result = CliRun.run("redact", "--key-file", key.toString(), "--level", level, plans.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    List<String> lines = validLines(result.out());
    assertThat(lines).hasSize(3);
    assertThat(lines).extracting(l -> Plans.tree(l).get("schemaVersion").asString())
        .containsExactly("1.0", "2.0", "2.0");
    assertThat(result.out()).doesNotContain("P-2026-0815", "im-hd-07", "6a1f0c2e-8d4b-4f57-9a3e-2c7b5d9e1f04");
  }

  @ParameterizedTest
  @ValueSource(strings = {"exchange", "statistics"})
  void removesTheCodesThatGiveHealthAwayWithoutTheConsent(String level) {
    Path plans = Plans.write(dir.resolve("health.ndjson"), line("health-2.0.json") + "\n");

    CliRun.Result result = CliRun.run("redact", "--key-file", key.toString(), "--level", level, plans.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(validLines(result.out())).hasSize(1);
    for (String code : GIVEAWAY_CODES) {
      assertThat(result.out()).as(code).doesNotContain("\"" + code + "\"");
    }
    assertThat(result.out()).doesNotContain("\"HEALTH\"", "SPECIAL_NEEDS_SCHOOL", "\"disability\"", "Refugio");
  }

  @Test
  void keepsThemForExchangeWithTheConsent() {
    Path plans = Plans.write(dir.resolve("health.ndjson"),
        line("health-2.0.json", Format2PrivacyCommandsTest::consentToExchange) + "\n");

    CliRun.Result result = CliRun.run("redact", "--key-file", key.toString(), "--level", "exchange", plans.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(validLines(result.out())).hasSize(1);
    for (String code : GIVEAWAY_CODES) {
      assertThat(result.out()).as(code).contains("\"" + code + "\"");
    }
    assertThat(result.out()).contains("\"HEALTH\"", "\"disability\"", "Refugio Traumazentrum Stuttgart");
  }

  @Test
  void statisticsLevelRemovesThemEvenWithTheConsent() {
    Path plans = Plans.write(dir.resolve("health.ndjson"),
        line("health-2.0.json", Format2PrivacyCommandsTest::consentToExchange) + "\n");

    CliRun.Result result = CliRun.run("redact", "--key-file", key.toString(), "--level", "statistics", plans.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    for (String code : GIVEAWAY_CODES) {
      assertThat(result.out()).as(code).doesNotContain("\"" + code + "\"");
    }
  }

  private static String row(String level, String region, String table, String category, int count) {
    return "2026-12-01," + level + "," + region + "," + table + "," + category + "," + count + ",false";
  }

  @Test
  void countsAFolderOfBothFormats() {
    Path folder = dir.resolve("plans");
    Plans.write(folder.resolve("complete-1.0.json"), Plans.complete());
    Plans.write(folder.resolve("pharmacist-2.0.json"), resource("pharmacist-2.0.json"));
    Plans.write(folder.resolve("health-2.0.json"), resource("health-2.0.json"));

    CliRun.Result result = CliRun.run("stats", "--at", "2026-12-01", "--threshold", "1", folder.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().split("\r\n")).contains(
        row("municipality", "08221000", "plans", "TOTAL", 3),
        row("municipality", "08221000", "persons", "TOTAL", 2),
        row("land", "08", "goalsByArea", "SECURING_RESIDENCE", 2),
        row("land", "08", "goalsByArea", "HEALTH", 1),
        row("land", "08", "goalsByArea", "LANGUAGE", 3),
        row("land", "08", "measuresByKind", "PSYCHOTHERAPY", 1),
        row("land", "08", "measuresByKind", "REFERRAL", 2),
        row("land", "08", "measuresByKind", "COURSE", 3));
  }

  @Test
  void reportsAPlanOfADistrictWithoutThePersonsMunicipalityAndCountsTheOthers() {
    String district = line("pharmacist-2.0.json", plan -> {
      plan.set("responsibleOrganisation", Plans.MAPPER.createObjectNode().put("kind", "DISTRICT").put("districtKey", "08125"));
      ((ObjectNode) plan.get("person")).remove("municipalityKey");
    });
    assertThat(PlanValidator.create().validate(district).isValid()).isTrue();
    Path plans = Plans.write(dir.resolve("plans.ndjson"), line("pharmacist-2.0.json") + "\n" + district + "\n");

    CliRun.Result result = CliRun.run("stats", "--at", "2026-12-01", "--threshold", "1", plans.toString());

    assertThat(result.exitCode()).isEqualTo(Cli.INVALID);
    assertThat(result.err()).contains(dir.resolve("plans.ndjson") + ":2 stats.noMunicipality");
    assertThat(result.out().split("\r\n")).contains(row("land", "08", "plans", "TOTAL", 1));
  }

  @Test
  void theFixturesAreValidAndOfFormat2() {
    for (String name : List.of("pharmacist-2.0.json", "health-2.0.json")) {
      JsonNode tree = Plans.tree(resource(name));
      assertThat(tree.get("schemaVersion").asString()).isEqualTo("2.0");
      assertThat(PlanValidator.create().validate(resource(name)).isValid()).as(name).isTrue();
    }
  }
}
