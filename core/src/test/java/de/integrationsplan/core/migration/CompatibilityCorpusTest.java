package de.integrationsplan.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compatibility corpus ({@code src/test/resources/de/integrationsplan/core/compatibility/1.0}):
 * the example plans of format 1.0, frozen. Every valid plan still validates as 1.0 without any
 * finding and migrates to a 2.0 plan that loses no value and has no error but the consent that 2.0
 * asks for; every invalid plan still gives exactly the errors, with their German and English
 * messages, of its expectation.
 */
final class CompatibilityCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/de/integrationsplan/core/compatibility/1.0");
  private static final PlanValidator GERMAN = PlanValidator.create();
  private static final PlanValidator ENGLISH = PlanValidator.builder().locale(Locale.ENGLISH).build();
  private static final PlanJson JSON = PlanJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> everyValidPlanStillValidatesAsFormat1WithoutAnyFinding() {
    return plans("valid").map(file -> DynamicTest.dynamicTest(name(file), () -> {
      ValidationReport report = GERMAN.validate(Files.readAllBytes(file));
      assertThat(report.issues()).as("findings in %s", file).isEmpty();
      assertThat(report.plan()).isInstanceOf(IntegrationPlan.class);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyValidPlanMigratesToA2PlanThatLosesNoValue() {
    return plans("valid").map(file -> DynamicTest.dynamicTest(name(file), () -> {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      IntegrationPlan plan = JSON.read(text, IntegrationPlan.class);
      MigrationResult result = PlanMigration.toV2(plan);
      String migrated = JSON.write(result.plan());
      ValidationReport report = GERMAN.validate(migrated);
      assertThat(report.plan()).isInstanceOf(de.integrationsplan.core.model.v2.IntegrationPlan.class);
      assertThat(PlanMigrationTest.errorsButConsent(report)).as("errors of the migrated %s", file).isEmpty();
      assertThat(Completeness.lost(JSON.write(plan), migrated)).as("values lost from %s", file).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidPlanStillGivesExactlyItsExpectedErrors() {
    return plans("invalid").map(file -> DynamicTest.dynamicTest(name(file), () -> {
      JsonNode expected = MAPPER.readTree(Files.readString(CORPUS.resolve("expected").resolve(name(file)),
          StandardCharsets.UTF_8));
      byte[] plan = Files.readAllBytes(file);
      assertThat(errors(GERMAN.validate(plan))).as("German errors of %s", file)
          .isEqualTo(expected(expected, "messages"));
      assertThat(errors(ENGLISH.validate(plan))).as("English errors of %s", file)
          .isEqualTo(expected(expected, "messagesEn"));
    }));
  }

  @Test
  void theCorpusIsComplete() {
    assertThat(plans("valid").count()).isEqualTo(18);
    assertThat(plans("invalid").count()).isEqualTo(26);
    assertThat(plans("expected").map(CompatibilityCorpusTest::name).toList())
        .isEqualTo(plans("invalid").map(CompatibilityCorpusTest::name).toList());
  }

  /** Each error's message by {@code code at "pointer"}. */
  private static Map<String, String> errors(ValidationReport report) {
    Map<String, String> out = new TreeMap<>();
    for (ValidationIssue issue : report.errors()) {
      out.put(issue.code() + " at \"" + issue.pointer() + "\"", issue.message());
    }
    return out;
  }

  private static Map<String, String> expected(JsonNode sidecar, String messages) {
    Map<String, String> out = new TreeMap<>();
    List<String> codes = strings(sidecar.path("codes"));
    List<String> pointers = strings(sidecar.path("pointers"));
    List<String> texts = strings(sidecar.path(messages));
    for (int i = 0; i < codes.size(); i++) {
      out.put(codes.get(i) + " at \"" + pointers.get(i) + "\"", texts.get(i));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asString()));
    return out;
  }

  private static Stream<Path> plans(String folder) {
    try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
      return files.filter(f -> name(f).endsWith(".json")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
