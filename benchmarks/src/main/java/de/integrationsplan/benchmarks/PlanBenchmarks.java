package de.integrationsplan.benchmarks;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.schema.SchemaValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Throughput of the paths through a document, one document per operation, single thread, on the
 * corpus of {@link Corpus} held in memory as bytes and taken round-robin, in the format the
 * parameter {@code format} names ({@code -p format=2.0}).
 *
 * <ol>
 *   <li>{@link #jacksonSkip}: a bare Jackson 3 streaming parse that skips every token, the floor;
 *   <li>{@link #bind}: {@code PlanJson.read}, the strict binding to the records;
 *   <li>{@link #rulesOnly}: {@code PlanValidator.validate} on plans bound beforehand;
 *   <li>{@link #bindAndRules}: {@code PlanJson.read} and {@code PlanValidator.validate};
 *   <li>{@link #documentValidator}: {@code PlanValidator.validate(byte[])}, the full entry point;
 *   <li>{@link #networknt}: {@code SchemaValidator.validate(byte[])}, networknt alone;
 *   <li>{@link #documentValidatorInvalid}: the full entry point on the mutated, invalid corpus.
 * </ol>
 *
 * <p>Run {@code java -jar benchmarks/target/benchmarks.jar PlanBenchmarks}; the annotations give
 * modest defaults that the command line overrides ({@code -f -wi -i -w -r}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanBenchmarks {

  /** How many plans the corpus holds. */
  @Param({"2000"})
  public int plans;

  /** The version of the format the corpus is written in: {@code 1.0} or {@code 2.0}. */
  @Param({"1.0"})
  public String format = "1.0";

  private byte[][] valid;
  private byte[][] invalid;
  private Class<? extends Plan> type;
  private Plan[] bound;
  private int next;

  private JsonFactory factory;
  private PlanJson json;
  private PlanValidator rules;
  private PlanValidator document;
  private SchemaValidator schema;

  /** Generates the corpus and builds the validators, once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    if (plans <= 0) {
      plans = Corpus.DEFAULT_PLANS;
    }
    valid = Corpus.valid(plans, format);
    invalid = Corpus.invalid(valid);
    type = Corpus.planType(format);
    factory = JsonFactory.builder().build();
    json = PlanJson.create();
    rules = PlanValidator.create();
    document = PlanValidator.create();
    schema = SchemaValidator.create();
    bound = new Plan[valid.length];
    for (int i = 0; i < valid.length; i++) {
      bound[i] = json.read(valid[i], type);
    }
    next = 0;
  }

  private int advance() {
    int i = next;
    next = i + 1 == valid.length ? 0 : i + 1;
    return i;
  }

  /**
   * (a) The floor: a bare Jackson 3 streaming parse of the bytes, skipping every token.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int jacksonSkip() {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), valid[advance()])) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens += token.ordinal() & 1;
      }
    }
    return tokens;
  }

  /**
   * (b) Binding only.
   *
   * @return the plan
   */
  @Benchmark
  public Plan bind() {
    return json.read(valid[advance()], type);
  }

  /**
   * The rules alone, on plans bound beforehand (the difference between (c) and (b)).
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport rulesOnly() {
    return rules.validate(bound[advance()]);
  }

  /**
   * (c) Binding and rules.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport bindAndRules() {
    return rules.validate(json.read(valid[advance()], type));
  }

  /**
   * (d) The full entry point on valid documents.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport documentValidator() {
    return document.validate(valid[advance()]);
  }

  /**
   * (e) networknt alone: read into a tree and check against the schema.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport networknt() {
    return schema.validate(valid[advance()]);
  }

  /**
   * (d') The full entry point on invalid documents: the long way, with the schema.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport documentValidatorInvalid() {
    return document.validate(invalid[advance()]);
  }
}
