package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.Extension;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.synthetic.SyntheticPlans;
import de.integrationsplan.testing.ConformanceCase;
import de.integrationsplan.testing.ConformanceCorpus;
import de.integrationsplan.testing.Mutant;
import de.integrationsplan.testing.PlanMutations;
import de.integrationsplan.testing.ReaderAgreement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * networknt judges the library's reader ({@link ReaderAgreement}): generated plans are read back
 * equal and valid for both; for every corpus case, hostile document and many mutants
 * ({@link PlanMutations}: structural, token-level and byte-level ones, extension values of every
 * shape, tight limits), the reader and networknt give the same verdict and the same findings as
 * (code, pointer), but for the {@link KnownDefects}. Generated plans and their structural, token
 * and byte mutants are taken in format 1.0 and, as often, in format 2.0.
 */
final class ReaderAgreementProperties {

  private static final PlanJson JSON = PlanJson.create();
  /** Reads numbers with a fraction as the reader does, as {@code BigDecimal}. */
  private static final ObjectMapper DECIMALS = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final PlanMutations MUTATIONS = PlanMutations.create();
  /** The agreement, with the defects known today let through (see there). */
  private static final KnownDefects AGREEMENT = KnownDefects.DEFAULTS;
  private static final String MARKER_URL = "https://software.example/ext/x";

  private static final Class<IntegrationPlan> V1 = IntegrationPlan.class;
  private static final Class<de.integrationsplan.core.model.v2.IntegrationPlan> V2 =
      de.integrationsplan.core.model.v2.IntegrationPlan.class;

  private static IntegrationPlan plan(long seed, int index) {
    return SyntheticPlans.withSeed(seed).plan(index);
  }

  private static Plan plan(long seed, int index, Class<? extends Plan> version) {
    return SyntheticPlans.withSeed(seed).plan(index, version);
  }

  // --- valid plans are read back, in both formats -------------------------------------------------

  @Property
  void generatedPlansAreReadBackEqualAndValidForNetworknt(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    readBack(plan(seed, index, V1));
  }

  @Property
  void generatedPlansOfTheSecondFormatAreReadBackEqualAndValidForNetworknt(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    readBack(plan(seed, index, V2));
  }

  private static void readBack(Plan plan) {
    String compact = JSON.write(plan);
    assertThat(AGREEMENT.check(compact)).as("compact text").isEqualTo(plan);
    assertThat(AGREEMENT.check(JSON.writePretty(plan))).as("indented text").isEqualTo(plan);
    assertThat(AGREEMENT.check(compact.getBytes(StandardCharsets.UTF_8))).as("bytes").isEqualTo(plan);
    byte[] spaced = ("\n\t " + JSON.writePretty(plan) + " \r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(AGREEMENT.check(spaced)).as("bytes with surrounding whitespace").isEqualTo(plan);
  }

  // --- the reader and networknt agree on everything else, in both formats -------------------------

  @Property
  void structuralMutants(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    structural(plan(seed, index, V1), mutationSeed);
  }

  @Property
  void structuralMutantsOfTheSecondFormat(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    structural(plan(seed, index, V2), mutationSeed);
  }

  private static void structural(Plan plan, long mutationSeed) {
    Mutant m = MUTATIONS.structural(plan, new Random(mutationSeed));
    Statistics.label("mutation").collect(m.mutation());
    checkBoth(m.text());
  }

  @Property(tries = 1000)
  void tokenMutants(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    tokens(plan(seed, index % 2_000, V1), mutationSeed);
  }

  @Property(tries = 1000)
  void tokenMutantsOfTheSecondFormat(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    tokens(plan(seed, index % 2_000, V2), mutationSeed);
  }

  private static void tokens(Plan plan, long mutationSeed) {
    Random random = new Random(mutationSeed);
    byte[] json = JSON.writeBytes(plan);
    Mutant first = MUTATIONS.tokens(json, random);
    Statistics.label("mutation").collect(first.mutation());
    json = first.document();
    if (random.nextBoolean()) {
      Mutant second = mutateTokens(json, random);
      json = second == null ? json : second.document();
    }
    checkBoth(new String(json, StandardCharsets.UTF_8));
  }

  @Property(tries = 1000)
  void byteMutants(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    bytes(plan(seed, index % 2_000, V1), mutationSeed);
  }

  @Property(tries = 1000)
  void byteMutantsOfTheSecondFormat(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    bytes(plan(seed, index % 2_000, V2), mutationSeed);
  }

  private static void bytes(Plan plan, long mutationSeed) {
    Random random = new Random(mutationSeed);
    byte[] json = JSON.writeBytes(plan);
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      json = MUTATIONS.bytes(json, random).document();
    }
    Statistics.label("read").collect(AGREEMENT.check(json) != null);
    AGREEMENT.check(new String(json, StandardCharsets.UTF_8));
    AGREEMENT.check(new String(json, StandardCharsets.ISO_8859_1));
  }

  @Property(tries = 1000)
  void extensionValuesOfEveryShape(@ForAll long seed) {
    Random random = new Random(seed);
    String value = MUTATIONS.jsonValue(random);
    String json = HostileDocuments.PLAN_HEAD + ",\"extensions\":[{\"url\":\"" + MARKER_URL + "\",\"value\":"
        + value + "}]}";
    boolean taken = checkBoth(json);
    Statistics.label("read").collect(taken);
  }

  /** Every limit, set low enough to matter, is held by the reader as by the schema validator's tree reader. */
  @Property(tries = 300)
  void tightLimits(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll @IntRange(min = 0, max = 6) int which) {
    JsonLimits d = JsonLimits.defaults();
    JsonLimits limits = switch (which) {
      case 0 -> d.withMaxDocumentBytes(2_000 + index % 3_000);
      case 1 -> d.withMaxDepth(2 + index % 4);
      case 2 -> d.withMaxStringLength(5 + index % 40);
      case 3 -> d.withMaxNumberLength(1 + index % 4);
      case 4 -> new JsonLimits(d.maxDocumentBytes(), d.maxDepth(), d.maxStringLength(), d.maxNumberLength(),
          3 + index % 20, d.maxTokens());
      case 5 -> new JsonLimits(d.maxDocumentBytes(), d.maxDepth(), d.maxStringLength(), d.maxNumberLength(),
          d.maxNameLength(), 50 + index % 400);
      default -> d;
    };
    KnownDefects agreement = new KnownDefects(limits);
    Random random = new Random(seed);
    byte[] json = JSON.writeBytes(plan(seed, index % 2_000));
    if (random.nextBoolean()) {
      json = MUTATIONS.tokens(json, random).document();
    }
    agreement.check(new String(json, StandardCharsets.UTF_8));
    agreement.check(json);
  }

  /** Plain extension values that a valid plan may carry are read, in the Java types the model keeps. */
  @Example
  void plainExtensionValuesAreRead() {
    for (String value : List.of("\"x\"", "true", "false", "0", "-0", "1998", "2147483648", "9223372036854775808",
        "1.5", "-0.0", "1e5", "1E-3", "[1,\"a\",[true]]", "{\"a\":{\"b\":[1.25]}}", "\"\\u00e4\\n\\ud83d\\ude00\"")) {
      String json = HostileDocuments.PLAN_HEAD + ",\"extensions\":[{\"url\":\"" + MARKER_URL + "\",\"value\":"
          + value + "}]}";
      IntegrationPlan read = (IntegrationPlan) AGREEMENT.check(json);
      assertThat(read).as("extension value %s", value).isNotNull();
      Object bound = read.extensions().get(0).value();
      assertThat(bound).as("extension value %s", value)
          .isEqualTo(new Extension(MARKER_URL, DECIMALS.readValue(value, Object.class)).value());
    }
  }

  @Example
  void corpusCases() {
    List<ConformanceCase> cases = ConformanceCorpus.load().cases();
    assertThat(cases).hasSizeGreaterThan(100);
    int taken = 0;
    for (ConformanceCase c : cases) {
      byte[] bytes = c.document();
      if (AGREEMENT.check(bytes) != null) {
        taken++;
      }
      AGREEMENT.check(new String(bytes, StandardCharsets.UTF_8));
    }
    assertThat(taken).as("valid corpus cases are read").isPositive();
  }

  @Example
  void hostileDocuments() throws IOException {
    for (HostileDocuments.Case c : HostileDocuments.Case.values()) {
      if (c.size() > 6 * 1024 * 1024) {
        continue; // over the size limit: see the next example
      }
      byte[] bytes;
      try (InputStream in = c.open()) {
        bytes = in.readAllBytes();
      }
      Plan read = AGREEMENT.check(bytes);
      AGREEMENT.check(new String(bytes, StandardCharsets.UTF_8));
      if (c == HostileDocuments.Case.VALID_MINIMAL_PLAN) {
        assertThat(read).isNotNull();
      }
    }
  }

  @Example
  void documentsOverTheSizeLimitAreRejectedByBoth() {
    byte[] big = (HostileDocuments.PLAN_HEAD + " ".repeat(4 * 1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(AGREEMENT.check(big)).isNull();
  }

  @Example
  void edgeCases() {
    String head = HostileDocuments.PLAN_HEAD;
    List<String> cases = new ArrayList<>(List.of(
        HostileDocuments.MINIMAL_PLAN,
        head + ",\"person\":{}}",
        head.replace("\"person\":{\"pseudonym\":\"p-1\"}", "\"person\":{\"pseudonym\":\"p-1\",\"household\":{}}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"birthYear\":1998.0}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"birthYear\":1998}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"birthYear\":-0}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"birthYear\":2147483648}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"nationalities\":[]}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"nationalities\":null}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"sex\":\"female\"}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"sex\":\"FEMALE\"}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"sex\":\"0\"}") + "}",
        head.replace("\"p-1\"}", "\"p-1\",\"sex\":0}") + "}",
        head + ",\"goals\":[]}",
        head + ",\"extensions\":[{\"url\":\"" + MARKER_URL + "\",\"value\":[]}]}",
        head + ",\"extensions\":[{\"url\":\"" + MARKER_URL + "\",\"value\":{}}]}",
        head + ",\"extensions\":[{\"url\":\"" + MARKER_URL + "\",\"value\":{\"a\":1,\"a\":1}}]}",
        head + ",\"extensions\":[{\"url\":\"" + MARKER_URL + "\",\"value\":null}]}",
        head + ",\"status\":\"DRAFT\"}",
        head + "} ",
        head + "}{}",
        head + "}null",
        head + "}]",
        " " + head + "}",
        "\uFEFF" + head + "}",
        head.replace("2026-01-05T08:00:00Z", "2026-01-05T08:00:00+01:00") + "}",
        head.replace("2026-01-05T08:00:00Z", "2026-01-05T08:00:00") + "}",
        head.replace("2026-01-05T08:00:00Z", "2026-01-05t08:00:00z") + "}",
        head.replace("\"2026-01-05\"", "\"2026-1-5\"") + "}",
        head.replace("\"2026-01-05\"", "\"2026-02-30\"") + "}",
        head.replace("0b7e3c52-91d4-4f6a-8e21-5c9a7d3f1e08", "0B7E3C52-91D4-4F6A-8E21-5C9A7D3F1E08") + "}",
        head.replace("0b7e3c52-91d4-4f6a-8e21-5c9a7d3f1e08", "0b7e3c5291d44f6a8e215c9a7d3f1e08") + "}",
        head.replace("\"schemaVersion\"", "\"schema\\u0056ersion\"") + "}",
        head.replace("\"p-1\"", "\"p-\\u0031\"") + "}",
        head.replace("\"p-1\"", "\"p-\\ud800\"") + "}"));
    for (String json : cases) {
      checkBoth(json);
    }
    assertThat(AGREEMENT.check(HostileDocuments.MINIMAL_PLAN)).isNotNull();
    assertThat(AGREEMENT.check(head.replace("\"schemaVersion\"", "\"schema\\u0056ersion\"") + "}"))
        .as("an escaped property name").isNotNull();
    // invalid and overlong UTF-8, a byte order mark, UTF-16
    byte[] plan = HostileDocuments.MINIMAL_PLAN.getBytes(StandardCharsets.UTF_8);
    int at = HostileDocuments.MINIMAL_PLAN.indexOf("p-1") + 2;
    for (int[] bad : new int[][] {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
        {0xFF}, {0x80}, {0xC3}, {0xF0, 0x9F, 0x98}, {0xC3, 0xA4}, {0xF0, 0x9F, 0x98, 0x80}}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(plan, 0, at);
      for (int b : bad) {
        out.write(b);
      }
      out.write(plan, at, plan.length - at);
      byte[] bytes = out.toByteArray();
      // well-formed UTF-8 is read, and then breaks only the pseudonym's pattern
      boolean wellFormed = bad.length == 2 && bad[0] == 0xC3 || bad.length == 4 && bad[0] == 0xF0 && bad[3] == 0x80;
      AGREEMENT.check(bytes);
      PlanFormatException e = catchThrowableOfType(PlanFormatException.class,
          () -> JSON.read(bytes));
      assertThat(e.code()).as("read %s", Arrays.toString(bad))
          .isEqualTo(wellFormed ? "schema.pattern" : "json.encoding");
    }
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.writeBytes(plan);
    assertThat(AGREEMENT.check(bom.toByteArray())).as("a byte order mark is skipped").isNotNull();
    assertThat(AGREEMENT.check(HostileDocuments.MINIMAL_PLAN.getBytes(StandardCharsets.UTF_16LE))).isNull();
    assertThat(AGREEMENT.check(HostileDocuments.MINIMAL_PLAN.getBytes(StandardCharsets.UTF_16BE))).isNull();
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** Checks text and its UTF-8 bytes; whether the reader bound the bytes. */
  private static boolean checkBoth(String json) {
    AGREEMENT.check(json);
    return AGREEMENT.check(json.getBytes(StandardCharsets.UTF_8)) != null;
  }

  /** A token mutant, or {@code null} when an earlier mutation left the document no longer JSON. */
  private static @Nullable Mutant mutateTokens(byte[] json, Random random) {
    try {
      return MUTATIONS.tokens(json, random);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
