package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.core.validation.PlanValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example plans of format 1.0 in {@code plans/} and of format 2.0 in {@code plans/2.0/}: every
 * valid plan validates without any finding and is in the canonical form {@link PlanJson#writePretty}
 * writes; every invalid plan gives exactly the findings (errors and warnings) its expectation
 * {@code expected/<name>.json} lists, each with its German and English message word for word (a
 * message names its field by its label and says what is expected). The expectations live in their
 * own folder, so that {@code integrationsplan validate plans/invalid} sees plans only.
 */
final class ExamplePlansTest {

  /** The folders holding {@code valid/}, {@code invalid/} and {@code expected/}: format 1.0, format 2.0. */
  private static final List<Path> ROOTS = List.of(Path.of("plans"), Path.of("plans", "2.0"));
  private static final int AT_LEAST = 15;

  private static final PlanValidator VALIDATOR = PlanValidator.create();
  private static final PlanValidator ENGLISH = PlanValidator.builder().locale(Locale.ENGLISH).build();
  private static final PlanJson PLAN_JSON = PlanJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TestFactory
  Stream<DynamicTest> everyValidPlanValidatesWithoutAnyFinding() {
    return plans("valid").map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      ValidationReport report = VALIDATOR.validate(Files.readAllBytes(file));
      assertThat(report.issues()).as("findings in %s", file).isEmpty();
      assertThat(report.isValid()).isTrue();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyValidPlanIsInCanonicalForm() {
    return plans("valid").map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as("%s, read and written back by PlanJson.writePretty", file)
          .isEqualTo(PLAN_JSON.writePretty(PLAN_JSON.read(text)));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidPlanGivesExactlyItsExpectedFindings() {
    return plans("invalid").map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      Expected expected = Expected.of(sidecar(file));
      ValidationReport report = VALIDATOR.validate(Files.readAllBytes(file));
      List<String> findings = report.issues().stream()
          .map(ExamplePlansTest::key)
          .sorted()
          .collect(Collectors.toList());
      assertThat(findings).as("(code, pointer) of the findings in %s", file)
          .isNotEmpty()
          .containsExactlyElementsOf(expected.keys());
      if (report.issues().stream().anyMatch(issue -> issue.severity() == Severity.ERROR)) {
        assertThat(report.isValid()).as("%s is invalid", file).isFalse();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidPlanGivesItsExpectedMessagesInGermanAndEnglish() {
    return plans("invalid").map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      Expected expected = Expected.of(sidecar(file));
      byte[] plan = Files.readAllBytes(file);
      assertThat(messages(VALIDATOR.validate(plan))).as("German messages in %s", file)
          .isEqualTo(expected.messages(expected.messages()));
      assertThat(messages(ENGLISH.validate(plan))).as("English messages in %s", file)
          .isEqualTo(expected.messages(expected.messagesEn()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyMessageSaysWhereAndWhatIsExpected() {
    return plans("invalid").map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      Expected expected = Expected.of(sidecar(file));
      for (int i = 0; i < expected.codes().size(); i++) {
        String german = expected.messages().get(i);
        String english = expected.messagesEn().get(i);
        if (!expected.pointers().get(i).isEmpty() && !expected.codes().get(i).equals("schema.additionalProperties")) {
          assertThat(german).as("a place before the colon").matches("^[^:]+: .+");
          assertThat(english).as("a place before the colon").matches("^[^:]+: .+");
        }
        assertThat(german).as("German quotes close with “").doesNotContain("„\"").doesNotMatch("(?s).*„[^“]*\".*");
        assertThat(german).isNotEqualTo(english);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySidecarIsComplete() {
    Properties catalogue = catalogue();
    return plans("invalid").map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      Expected expected = Expected.of(sidecar(file));
      assertThat(expected.mistake()).as("mistake").isNotBlank();
      assertThat(expected.mistakeEn()).as("mistakeEn").isNotBlank();
      assertThat(expected.codes()).as("codes").isNotEmpty().hasSameSizeAs(expected.pointers())
          .hasSameSizeAs(expected.messages()).hasSameSizeAs(expected.messagesEn());
      assertThat(expected.codes()).as("codes in the message catalogue")
          .allSatisfy(code -> assertThat(catalogue).containsKey(code));
    }));
  }

  @Test
  void everyInvalidPlanHasASidecarAndEverySidecarAPlan() throws IOException {
    for (Path root : ROOTS) {
      Set<String> planNames = plans(root.resolve("invalid")).map(ExamplePlansTest::name)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> sidecarNames;
      try (Stream<Path> files = Files.list(root.resolve("expected"))) {
        sidecarNames = files.map(ExamplePlansTest::name).collect(Collectors.toCollection(TreeSet::new));
      }
      assertThat(sidecarNames).as("expectations in %s", root).isEqualTo(planNames);
    }
  }

  @Test
  void theFoldersHoldOnlyPlansAndSidecars() throws IOException {
    for (Path dir : ROOTS.stream().flatMap(root -> Stream.of("valid", "invalid", "expected").map(root::resolve))
        .toList()) {
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(ExamplePlansTest::name)).as("files in %s", dir).allMatch(n -> n.endsWith(".json"));
      }
    }
  }

  @Test
  void thereAreAtLeastFifteenValidAndFifteenInvalidPlansOfEachFormat() {
    for (Path root : ROOTS) {
      assertThat(plans(root.resolve("valid")).count()).as("valid plans in %s", root).isGreaterThanOrEqualTo(AT_LEAST);
      assertThat(plans(root.resolve("invalid")).count()).as("invalid plans in %s", root).isGreaterThanOrEqualTo(AT_LEAST);
    }
  }

  @Test
  void everyPlanIsOfItsFoldersFormat() throws IOException {
    for (Path root : ROOTS) {
      String major = root.equals(ROOTS.get(0)) ? "1" : "2";
      for (Path file : Stream.concat(plans(root.resolve("valid")), plans(root.resolve("invalid"))).toList()) {
        assertThat(MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("schemaVersion").asString())
            .as("schemaVersion of %s", file).startsWith(major);
      }
    }
  }

  /** The plans of one kind ({@code valid} or {@code invalid}) of every format, sorted by name in each. */
  private static Stream<Path> plans(String kind) {
    return ROOTS.stream().flatMap(root -> plans(root.resolve(kind)));
  }

  /** The plans in a folder, sorted by name. */
  private static Stream<Path> plans(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> name(f).endsWith(".json"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path sidecar(Path plan) {
    return plan.getParent().resolveSibling("expected").resolve(name(plan));
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  /** Each error's message by its (code, pointer). */
  private static Map<String, String> messages(ValidationReport report) {
    Map<String, String> out = new TreeMap<>();
    report.issues().forEach(issue -> out.put(key(issue), issue.message()));
    return out;
  }

  private static String key(ValidationIssue issue) {
    return key(issue.code(), issue.pointer());
  }

  private static String key(String code, String pointer) {
    return code + " at \"" + pointer + "\"";
  }

  private static Properties catalogue() {
    Properties p = new Properties();
    try (InputStream in = PlanJson.class.getResourceAsStream("/de/integrationsplan/core/internal/messages_de.properties")) {
      assertThat(in).as("message catalogue").isNotNull();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * A sidecar: the mistake in German and English, and the errors as parallel lists of codes,
   * pointers and German and English messages.
   */
  private record Expected(String mistake, String mistakeEn, List<String> codes, List<String> pointers,
      List<String> messages, List<String> messagesEn) {

    static Expected of(Path sidecar) throws IOException {
      assertThat(sidecar).as("sidecar").exists();
      JsonNode node = MAPPER.readTree(Files.readString(sidecar, StandardCharsets.UTF_8));
      assertThat(node.propertyNames()).as("properties of %s", sidecar)
          .containsExactlyInAnyOrder("mistake", "mistakeEn", "codes", "pointers", "messages", "messagesEn");
      return new Expected(node.path("mistake").asString(), node.path("mistakeEn").asString(),
          strings(node.path("codes")), strings(node.path("pointers")), strings(node.path("messages")),
          strings(node.path("messagesEn")));
    }

    private static List<String> strings(JsonNode array) {
      assertThat(array.isArray()).isTrue();
      List<String> out = new ArrayList<>();
      for (JsonNode element : array) {
        assertThat(element.isString()).isTrue();
        out.add(element.asString());
      }
      return out;
    }

    /** The messages of one language by their (code, pointer). */
    Map<String, String> messages(List<String> inOneLanguage) {
      Map<String, String> out = new TreeMap<>();
      for (int i = 0; i < codes.size(); i++) {
        out.put(key(codes.get(i), pointers.get(i)), inOneLanguage.get(i));
      }
      return out;
    }

    /** The (code, pointer) pairs, sorted. */
    List<String> keys() {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        keys.add(key(codes.get(i), pointers.get(i)));
      }
      keys.sort(null);
      return keys;
    }
  }
}
