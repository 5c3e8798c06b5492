package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.integrationsplan.core.validation.Codes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --format sarif}: valid against the official SARIF 2.1.0 schema (OASIS, with its errata;
 * a copy in the test resources, {@code sarif/README.md} names source and licence), a result per
 * finding with its code as rule, and the codes' catalogue entries as the rules' help.
 */
final class SarifFormatTest {

  private static final Path INVALID = Path.of("../examples/plans/invalid");
  private static final Path VALID = Path.of("../examples/plans/valid");
  private static final Schema SARIF = sarifSchema();

  @TempDir
  Path dir;

  private static Schema sarifSchema() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
        b -> b.schemaRegistryConfig(config));
    try (InputStream in = SarifFormatTest.class.getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema in the test resources").isNotNull();
      Schema schema = registry.getSchema(in);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the SARIF 2.1.0 schema finds wrong with a document; empty when it is valid SARIF. */
  static List<Error> sarifFaults(JsonNode sarif) {
    return SARIF.validate(sarif);
  }

  @Test
  void theInvalidExamplesGiveSarifThatTheSchemaAccepts() {
    for (String lang : List.of("de", "en")) {
      CliRun.Result result = CliRun.run("validate", "--format", "sarif", "--lang", lang, INVALID.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      JsonNode sarif = Plans.tree(result.out());
      assertThat(sarifFaults(sarif)).as(lang).isEmpty();
      JsonNode run = sarif.get("runs").get(0);
      assertThat(run.get("results")).hasSize(26);
      Set<String> ruleIds = new TreeSet<>();
      run.get("results").forEach(r -> ruleIds.add(r.get("ruleId").asString()));
      Set<String> rules = new TreeSet<>();
      run.get("tool").get("driver").get("rules").forEach(r -> rules.add(r.get("id").asString()));
      assertThat(rules).isEqualTo(ruleIds).contains("schema.pattern", "plan.goal.dueBeforeAgreement");
      assertThat(result.errLines()).hasSize(1);
    }
  }

  @Test
  void theValidExamplesGiveARunWithoutResults() {
    CliRun.Result result = CliRun.run("validate", "--format", "sarif", VALID.toString());

    assertThat(result.exitCode()).isZero();
    JsonNode sarif = Plans.tree(result.out());
    assertThat(sarifFaults(sarif)).isEmpty();
    assertThat(sarif.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void theSchemaCheckRejectsWhatSarifDoesNotAllow() {
    // the check is live: a level SARIF does not know fails it
    JsonNode sarif = Plans.tree(CliRun.run("validate", "--format", "sarif", INVALID.resolve("duplicate-key.json").toString()).out());
    ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");

    assertThat(sarifFaults(sarif)).isNotEmpty();
  }

  @Test
  void placesAResultByFileLineColumnAndPointer() {
    CliRun.Result result = CliRun.run("validate", "--format", "sarif", "--lang", "de",
        INVALID.resolve("ags-five-digits.json").toString());

    JsonNode result0 = Plans.tree(result.out()).get("runs").get(0).get("results").get(0);
    assertThat(result0.get("ruleId").asString()).isEqualTo("schema.pattern");
    assertThat(result0.get("level").asString()).isEqualTo("error");
    assertThat(result0.get("message").get("text").asString()).isEqualTo(Codes.message("schema.pattern", "1.0", "/responsibleOrganisation/municipalityKey", Locale.GERMAN, java.util.Map.of()));
    JsonNode location = result0.get("locations").get(0);
    JsonNode physical = location.get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asString())
        .isEqualTo(INVALID.resolve("ags-five-digits.json").toAbsolutePath().normalize().toUri().toString());
    assertThat(physical.get("artifactLocation").has("uriBaseId")).as("an absolute URI has no base").isFalse();
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(12);
    assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(25);
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asString())
        .isEqualTo("/responsibleOrganisation/municipalityKey");
    assertThat(result0.get("properties").get("pointer").asString()).isEqualTo("/responsibleOrganisation/municipalityKey");
  }

  @Test
  void givesEachRuleItsCatalogueEntryAsHelp() {
    CliRun.Result result = CliRun.run("validate", "--format", "sarif", "--lang", "en",
        INVALID.resolve("due-date-before-agreement.json").toString());

    JsonNode rule = Plans.tree(result.out()).get("runs").get(0).get("tool").get("driver").get("rules").get(0);
    assertThat(rule.get("id").asString()).isEqualTo("plan.goal.dueBeforeAgreement");
    assertThat(rule.get("fullDescription").get("text").asString())
        .isEqualTo(Codes.explain("plan.goal.dueBeforeAgreement", Locale.ENGLISH).meaning());
    assertThat(rule.get("help").get("text").asString()).contains("Meaning: ", "Anchor: ", "Example of the fault: ", "Fix: ");
  }

  @Test
  void namesStandardInputWithoutAUriAndAnNdjsonDocumentByItsLine() {
    Path ndjson = Plans.write(dir.resolve("plans.ndjson"), Plans.completeLine() + "\n{\"id\": 1\n");

    CliRun.Result result = CliRun.withStdin("[".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "validate", "--format", "sarif", ndjson.toString(), "-");

    JsonNode sarif = Plans.tree(result.out());
    assertThat(sarifFaults(sarif)).isEmpty();
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(2);
    assertThat(results.get(0).get("properties").get("documentLine").asInt()).isEqualTo(2);
    JsonNode stdin = results.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertThat(stdin.has("uri")).isFalse();
    assertThat(stdin.get("description").get("text").asString()).isEqualTo("<stdin>");
  }

  @Test
  void writesFileNamesAsUriReferencesRelativeToTheWorkingDirectory() {
    assertThat(FileNames.uri("target/plans/a.json")).isEqualTo("target/plans/a.json");
    assertThat(FileNames.uri("src/../target/a b%.json")).isEqualTo("target/a%20b%25.json");
    assertThat(FileNames.uri("a:b.json")).isEqualTo("./a:b.json");
    assertThat(FileNames.uri("Pläne/ä.json")).isEqualTo("Pl%C3%A4ne/%C3%A4.json");
    assertThat(FileNames.uri("/elsewhere/a.json")).isEqualTo("file:///elsewhere/a.json");
    assertThat(FileNames.uri(ValidateCommand.STDIN)).isNull();
    assertThat(FileNames.relative(Path.of("target/a.json").toAbsolutePath().toString())).isEqualTo("target/a.json");
  }
}
