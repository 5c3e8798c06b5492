package de.integrationsplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.IssueSource;
import org.junit.jupiter.api.Test;

/**
 * Keeps the harness from rotting: the corpus loads and every benchmark method gives the right answer
 * on a few documents. Times nothing.
 */
class PlanBenchmarksTest {

  private static PlanBenchmarks bench(int plans) {
    PlanBenchmarks bench = new PlanBenchmarks();
    bench.plans = plans;
    bench.setUp();
    return bench;
  }

  @Test
  void theCorpusIsTheGeneratorsNdjson() {
    byte[][] docs = Corpus.valid(6);
    assertThat(docs.length).isEqualTo(6);
    assertThat(Corpus.lines(Corpus.ndjson(6))).isDeepEqualTo(docs);
    for (byte[] doc : docs) {
      assertThat(doc[0]).isEqualTo((byte) '{');
      assertThat(doc[doc.length - 1]).isEqualTo((byte) '}');
    }
  }

  @Test
  void eachBenchmarkRunsCorrectly() {
    PlanBenchmarks bench = bench(6);
    for (int i = 0; i < 6; i++) {
      assertThat(bench.jacksonSkip()).isPositive();
      assertThat(bench.bind()).isNotNull();
      assertThat(bench.rulesOnly().isValid()).isTrue();
      assertThat(bench.bindAndRules().isValid()).isTrue();
      assertThat(bench.documentValidator().isValid()).isTrue();
      assertThat(bench.networknt().isValid()).isTrue();
      assertThat(bench.documentValidatorInvalid().isValid()).isFalse();
    }
  }

  @Test
  void eachBenchmarkRunsCorrectlyOnFormat2() {
    PlanBenchmarks bench = new PlanBenchmarks();
    bench.plans = 6;
    bench.format = "2.0";
    bench.setUp();
    for (int i = 0; i < 6; i++) {
      assertThat(bench.jacksonSkip()).isPositive();
      assertThat(bench.bind()).isInstanceOf(de.integrationsplan.core.model.v2.IntegrationPlan.class);
      assertThat(bench.rulesOnly().isValid()).isTrue();
      assertThat(bench.bindAndRules().isValid()).isTrue();
      assertThat(bench.documentValidator().isValid()).isTrue();
      assertThat(bench.documentValidatorInvalid().isValid()).isFalse();
    }
  }

  @Test
  void theMutationsAreFoundWhereExpected() {
    PlanBenchmarks bench = bench(3);
    // by turns: an unknown property and a status that is no status (schema), an end before the start (rules)
    assertThat(bench.documentValidatorInvalid().issues()).anySatisfy(
        i -> assertThat(i.code()).isEqualTo("schema.additionalProperties"));
    assertThat(bench.documentValidatorInvalid().issues()).anySatisfy(
        i -> assertThat(i.code()).isEqualTo("schema.enum"));
    assertThat(bench.documentValidatorInvalid().issues()).anySatisfy(
        i -> assertThat(i.source()).isEqualTo(IssueSource.RULE));
  }
}
