package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.schema.SchemaValidator;
import de.integrationsplan.synthetic.SyntheticPlans;
import de.integrationsplan.testing.Mutant;
import de.integrationsplan.testing.PlanMutations;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property tests of the agreement between the codec, the rules, the schema validator (networknt),
 * the {@link PlanValidator} and ajv, over generated plans ({@link SyntheticPlans}) and single
 * structural mutations of them ({@link PlanMutations#structural}), in format 1.0 and, as often, in
 * format 2.0 (each document against the schema its {@code schemaVersion} names).
 *
 * <p>The number of tries is jqwik's default for this module, set in
 * {@code src/test/resources/junit-platform.properties} ({@code jqwik.tries.default}); override it for
 * a longer run with {@code mvn -Djqwik.tries.default=5000 ...}. jqwik prints the seed of a failing
 * run and replays it first on the next run.
 *
 * <p>ajv runs once over a batch: {@link #generatedPlansAndMutantsAgreeWithAjv()} writes
 * {@value #BATCH} (valid plans and mutants, each mutant with its pointer) and runs
 * {@code schema/ajv/check-batch.mjs} over it when {@code node} and {@code schema/ajv/node_modules}
 * exist (JUnit {@code Assumptions}: otherwise that part is skipped, not passed). CI ({@code .ci/run})
 * runs the script explicitly after the Maven build and {@code npm ci}, on
 * {@code testing/target/agreement-batch.ndjson}.
 */
final class AgreementProperties {

  /** The batch for ajv, relative to this module's directory. */
  static final String BATCH = "target/agreement-batch.ndjson";
  static final long BATCH_SEED = 20_261_125L;
  static final int BATCH_PLANS = 300;
  static final int BATCH_MUTANTS = 300;

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final PlanJson JSON = PlanJson.create();
  private static final PlanValidator RULES = PlanValidator.create();
  private static final SchemaValidator NETWORKNT = SchemaValidator.create();
  private static final PlanValidator DOCUMENT = PlanValidator.create();
  private static final PlanMutations MUTATIONS = PlanMutations.create();
  /** The ajv scripts and their packages, in the schema module. */
  private static final Path AJV = Path.of("..", "schema", "ajv");

  private static final Class<IntegrationPlan> V1 = IntegrationPlan.class;
  private static final Class<de.integrationsplan.core.model.v2.IntegrationPlan> V2 =
      de.integrationsplan.core.model.v2.IntegrationPlan.class;

  private static Plan plan(long seed, int index, Class<? extends Plan> version) {
    return SyntheticPlans.withSeed(seed).plan(index, version);
  }

  private static Mutant mutant(Plan plan, long mutationSeed) {
    return MUTATIONS.structural(plan, new Random(mutationSeed));
  }

  // --- round trip, in both formats ----------------------------------------------------------------

  @Property
  void writeThenReadGivesTheSamePlan(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    roundTrip(plan(seed, index, V1));
  }

  @Property
  void writeThenReadGivesTheSamePlanOfTheSecondFormat(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    roundTrip(plan(seed, index, V2));
  }

  private static void roundTrip(Plan plan) {
    assertThat(JSON.read(JSON.write(plan))).isEqualTo(plan);
    assertThat(JSON.read(JSON.writePretty(plan))).isEqualTo(plan);
    assertThat(JSON.read(JSON.writeBytes(plan))).isEqualTo(plan);
  }

  // --- every generated plan is valid everywhere -------------------------------------------------

  @Property
  void everyGeneratedPlanPassesTheRulesNetworkntAndTheReader(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    validEverywhere(plan(seed, index, V1));
  }

  @Property
  void everyGeneratedPlanOfTheSecondFormatPassesTheRulesNetworkntAndTheReader(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    validEverywhere(plan(seed, index, V2));
  }

  private static void validEverywhere(Plan plan) {
    String json = JSON.write(plan);
    assertThat(describe(RULES.validate(plan))).as("PlanValidator").isEmpty();
    assertThat(describe(NETWORKNT.validate(json))).as("SchemaValidator (networknt)").isEmpty();
    assertThat(describe(DOCUMENT.validate(json))).as("PlanValidator").isEmpty();
  }

  // --- single structural mutations are caught -------------------------------------------------

  @Property
  void everySingleStructuralMutationIsReportedAtItsPointer(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index, @ForAll long mutationSeed) {
    reportedAtItsPointer(mutant(plan(seed, index, V1), mutationSeed));
  }

  @Property
  void everySingleStructuralMutationOfTheSecondFormatIsReportedAtItsPointer(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index, @ForAll long mutationSeed) {
    reportedAtItsPointer(mutant(plan(seed, index, V2), mutationSeed));
  }

  private static void reportedAtItsPointer(Mutant m) {
    Statistics.label("mutation").collect(m.mutation());
    String json = m.text();

    ValidationReport networknt = NETWORKNT.validate(json);
    assertThat(networknt.isValid()).as("networknt rejects %s", m).isFalse();
    assertThat(pointers(networknt)).as("networknt's pointers for %s", m).contains(m.pointer());

    ValidationReport document = DOCUMENT.validate(json);
    assertThat(document.isValid()).as("PlanValidator rejects %s", m).isFalse();
    assertThat(pointers(document)).as("PlanValidator's pointers for %s", m).contains(m.pointer());
  }

  /**
   * The reader checks everything the schema checks: no structural mutant is read as a plan, and
   * the reader reports it at the mutation's pointer, as networknt does.
   */
  @Property
  void noStructuralMutantIsReadAsAPlan(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    notRead(mutant(plan(seed, index, V1), mutationSeed));
  }

  /** The same in format 2.0. */
  @Property
  void noStructuralMutantOfTheSecondFormatIsReadAsAPlan(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index, @ForAll long mutationSeed) {
    notRead(mutant(plan(seed, index, V2), mutationSeed));
  }

  private static void notRead(Mutant m) {
    String json = m.text();
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(json));
    assertThat(e).as("the reader reads %s as a plan; networknt reports %s", m, describe(NETWORKNT.validate(json)))
        .isNotNull();
    assertThat(e.issues()).extracting(ValidationIssue::pointer).as("the reader's pointers for %s", m)
        .contains(m.pointer());
  }

  // --- the same for ajv, in one batch -----------------------------------------------------------

  /**
   * Writes {@value #BATCH_PLANS} generated plans and {@value #BATCH_MUTANTS} mutants of each format,
   * 1.0 and 2.0, to {@value #BATCH}, one JSON object a line: {@code {"kind": "valid" | "mutant", "name",
   * "mutation"?, "pointer"?, "document"}}, checks the Java side on them, and runs
   * {@code schema/ajv/check-batch.mjs} over the file if Node.js and the ajv packages are there.
   */
  @Example
  void generatedPlansAndMutantsAgreeWithAjv() throws IOException, InterruptedException {
    Path batch = Path.of(BATCH);
    Files.createDirectories(batch.getParent());
    Random random = new Random(BATCH_SEED);
    // one generator for the whole batch: each SyntheticPlans instance costs a new JSON mapper
    SyntheticPlans generator = SyntheticPlans.withSeed(BATCH_SEED);
    try (BufferedWriter out = Files.newBufferedWriter(batch, StandardCharsets.UTF_8)) {
      for (Class<? extends Plan> version : List.of(V1, V2)) {
        String format = version == V1 ? "format 1.0" : "format 2.0";
        for (int i = 0; i < BATCH_PLANS; i++) {
          ObjectNode line = MAPPER.createObjectNode();
          line.put("kind", "valid");
          line.put("name", format + " seed " + BATCH_SEED + " plan " + i);
          line.set("document", MAPPER.readTree(JSON.write(generator.plan(i, version))));
          out.write(MAPPER.writeValueAsString(line));
          out.newLine();
        }
        for (int i = 0; i < BATCH_MUTANTS; i++) {
          int index = BATCH_PLANS + i;
          long mutationSeed = random.nextLong();
          Mutant m = mutant(generator.plan(index, version), mutationSeed);
          String json = m.text();
          assertThat(pointers(NETWORKNT.validate(json))).as("networknt's pointers for %s", m).contains(m.pointer());
          ObjectNode line = MAPPER.createObjectNode();
          line.put("kind", "mutant");
          line.put("name", format + " seed " + BATCH_SEED + " plan " + index + " mutation seed " + mutationSeed);
          line.put("mutation", m.toString());
          line.put("pointer", m.pointer());
          line.set("document", MAPPER.readTree(json));
          out.write(MAPPER.writeValueAsString(line));
          out.newLine();
        }
      }
    }

    Assumptions.assumeTrue(Files.isDirectory(AJV.resolve("node_modules")),
        "schema/ajv/node_modules is missing (npm ci --prefix schema/ajv): ajv is not run here, .ci/run runs it");
    Assumptions.assumeTrue(nodeAvailable(), "node is not on the PATH: ajv is not run here, .ci/run runs it");
    File log = Files.createTempFile("check-batch", ".log").toFile();
    Process node = new ProcessBuilder("node", AJV.resolve("check-batch.mjs").toString(), BATCH)
        .redirectErrorStream(true).redirectOutput(log).start();
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("ajv finishes in time").isTrue();
    String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
    Files.deleteIfExists(log.toPath());
    assertThat(node.exitValue()).as("schema/ajv/check-batch.mjs says:\n%s", output).isZero();
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Set<String> pointers(ValidationReport report) {
    return report.errors().stream().map(ValidationIssue::pointer).collect(Collectors.toSet());
  }

  private static List<String> describe(ValidationReport report) {
    return report.issues().stream().map(i -> i.source() + " " + i.severity() + " " + i.code() + " at \"" + i.pointer() + "\"")
        .toList();
  }
}
