package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * The built jar on the example plans in every format, from the root of a clone as a CI job runs it:
 * paths as a job names them, files relative to the working directory, standard output what a tool
 * reads and standard error only the summary. Run by failsafe after {@code package}.
 */
final class CiFormatsIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final String VALID = "examples/plans/valid";
  private static final String INVALID = "examples/plans/invalid";
  private static final int VALID_PLANS = 18;
  private static final int INVALID_PLANS = 26;
  private static final String VALID_2 = "examples/plans/2.0/valid";
  private static final String INVALID_2 = "examples/plans/2.0/invalid";

  private static Path jar;

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("integrationsplan.jar", "target/integrationsplan.jar")).toAbsolutePath();
    assertThat(jar).exists();
  }

  private static Processes.Run validate(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "validate", "--lang", "de"));
    command.addAll(List.of(args));
    return Processes.run(ROOT, Map.of(), command);
  }

  @Test
  void validatesTheExamplesOfFormat2AsTheirExpectationsSay() throws Exception {
    Processes.Run valid = validate("--format", "json", VALID_2);
    Processes.Run invalid = validate("--format", "json", INVALID_2);
    long validPlans;
    try (Stream<Path> files = Files.list(ROOT.resolve(VALID_2))) {
      validPlans = files.count();
    }

    assertThat(valid.exitCode()).as(valid.err()).isZero();
    assertThat(valid.err().lines()).containsExactly(validPlans + " Dateien geprüft, 0 ungültig, 0 Fehler, 0 Warnungen");
    assertThat(invalid.exitCode()).as(invalid.err()).isEqualTo(1);
    List<String> lines = invalid.out().lines().toList();
    try (Stream<Path> files = Files.list(ROOT.resolve(INVALID_2))) {
      assertThat(lines).hasSize((int) files.count());
    }
    for (String line : lines) {
      JsonNode document = Plans.tree(line);
      String file = document.get("file").asString();
      JsonNode expected = Plans.tree(Files.readString(
          ROOT.resolve(file.replace("/2.0/invalid/", "/2.0/expected/")), StandardCharsets.UTF_8));
      List<String> codes = new ArrayList<>();
      List<String> pointers = new ArrayList<>();
      document.get("issues").forEach(issue -> {
        codes.add(issue.get("code").asString());
        pointers.add(issue.get("pointer").asString());
      });
      assertThat(codes).as("codes in %s", file)
          .containsExactlyInAnyOrderElementsOf(expected.get("codes").valueStream().map(JsonNode::asString).toList());
      assertThat(pointers).as("pointers in %s", file)
          .containsExactlyInAnyOrderElementsOf(expected.get("pointers").valueStream().map(JsonNode::asString).toList());
    }
  }

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"text", "json", "junit", "sarif", "github"})
  void exitsWithZeroOnTheValidAndOneOnTheInvalidExamples(String format) throws Exception {
    Processes.Run valid = validate("--format", format, VALID);
    Processes.Run invalid = validate("--format", format, INVALID);

    assertThat(valid.exitCode()).as(valid.err()).isZero();
    assertThat(invalid.exitCode()).as(invalid.err()).isEqualTo(1);
    if (!format.equals("text")) {
      assertThat(valid.err().lines()).containsExactly(VALID_PLANS + " Dateien geprüft, 0 ungültig, 0 Fehler, 0 Warnungen");
      assertThat(invalid.err().lines()).containsExactly(INVALID_PLANS + " Dateien geprüft, 26 ungültig, 26 Fehler, 0 Warnungen");
    } else {
      assertThat(valid.err() + invalid.err()).isEmpty();
    }
  }

  @Test
  void textNamesEveryDocumentWithItsVerdictAndIndentsItsFindings() throws Exception {
    List<String> valid = validate(VALID).out().lines().toList();
    List<String> invalid = validate(INVALID).out().lines().toList();
    List<String> quiet = validate("--quiet", VALID, INVALID).out().lines().toList();

    assertThat(valid).hasSize(VALID_PLANS + 1);
    assertThat(valid.subList(0, VALID_PLANS)).allSatisfy(l -> assertThat(l).startsWith(VALID + "/").endsWith(".json: gültig"));
    assertThat(invalid).hasSize(2 * INVALID_PLANS + 1);
    for (int i = 0; i < INVALID_PLANS; i++) {
      assertThat(invalid.get(2 * i)).startsWith(INVALID + "/").endsWith(".json: ungültig (1 Fehler)");
      assertThat(invalid.get(2 * i + 1)).matches("  Zeile \\d+: /\\S* [a-zA-Z.]+ Fehler: .+");
    }
    assertThat(quiet).isEqualTo(Stream.concat(invalid.subList(0, 2 * INVALID_PLANS).stream(),
        Stream.of("44 Dateien geprüft, 26 ungültig, 26 Fehler, 0 Warnungen")).toList());
  }

  @Test
  void sarifIsValidWithFilesRelativeToTheWorkingDirectory() throws Exception {
    JsonNode sarif = Plans.tree(validate("--format", "sarif", INVALID).out());

    assertThat(SarifFormatTest.sarifFaults(sarif)).isEmpty();
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertThat(results).hasSize(INVALID_PLANS);
    for (JsonNode result : results) {
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asString()).startsWith(INVALID + "/").endsWith(".json");
      assertThat(physical.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
      assertThat(Files.exists(ROOT.resolve(physical.get("artifactLocation").get("uri").asString()))).isTrue();
      assertThat(physical.get("region").get("startLine").asInt()).isPositive();
    }
  }

  @Test
  void githubGivesOneAnnotationPerFindingOnAFileOfTheCheckout() throws Exception {
    List<String> lines = validate("--format", "github", INVALID).out().lines().toList();

    assertThat(lines).hasSize(INVALID_PLANS).allSatisfy(line -> {
      assertThat(line).startsWith("::error file=" + INVALID + "/");
      String file = line.substring("::error file=".length(), line.indexOf(','));
      assertThat(ROOT.resolve(file)).exists();
    });
    assertThat(validate("--format", "github", VALID).out()).isEmpty();
  }

  @Test
  void junitIsWellFormedAndGroupsTheCasesByFolder() throws Exception {
    String out = validate("--format", "junit", INVALID, VALID).out();

    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(INVALID_PLANS + VALID_PLANS);
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      assertThat(testcase.getAttribute("classname")).isIn("examples.plans.invalid", "examples.plans.valid");
      assertThat(testcase.getAttribute("name")).endsWith(".json").doesNotContain("/");
      assertThat(testcase.getElementsByTagName("failure").getLength())
          .isEqualTo(testcase.getAttribute("classname").endsWith("invalid") ? 1 : 0);
    }
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("hostname")).isNotBlank();
    assertThat(suite.getAttribute("timestamp")).isNotBlank();
  }

  @Test
  void jsonLinesHoldADocumentEach() throws Exception {
    List<String> lines = validate("--format", "json", INVALID).out().lines().toList();

    assertThat(lines).hasSize(INVALID_PLANS).allSatisfy(line ->
        assertThat(Plans.tree(line).get("valid").asBoolean()).isFalse());
  }
}
