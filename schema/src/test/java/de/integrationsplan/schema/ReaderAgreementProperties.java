package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Extension;
import de.integrationsplan.core.model.IntegrationPlan;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * networknt judges the library's reader ({@link ReaderOracle}): generated plans are read back
 * equal and valid for both; for every corpus case, hostile document and many mutations
 * (structural ones from {@link Mutations}, token-level ones, byte-level ones, extension values of
 * every shape, tight limits), the reader and networknt give the same verdict and the same findings
 * as (code, pointer).
 */
final class ReaderAgreementProperties {

  private static final PlanJson JSON = PlanJson.create();
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  /** Reads numbers with a fraction as the reader does, as {@code BigDecimal}. */
  private static final ObjectMapper DECIMALS = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final Mutations MUTATIONS = new Mutations(MAPPER.readTree(PlanSchema.text()));
  private static final JsonFactory TOKENS = new JsonFactory();
  private static final String MARKER_URL = "https://software.example/ext/x";

  private static IntegrationPlan plan(long seed, int index) {
    return SyntheticPlans.withSeed(seed).plan(index);
  }

  // --- valid plans are read back -------------------------------------------------------------------

  @Property
  void generatedPlansAreReadBackEqualAndValidForNetworknt(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
    IntegrationPlan plan = plan(seed, index);
    String compact = JSON.write(plan);
    assertThat(ReaderOracle.DEFAULTS.check(compact)).as("compact text").isEqualTo(plan);
    assertThat(ReaderOracle.DEFAULTS.check(JSON.writePretty(plan))).as("indented text").isEqualTo(plan);
    assertThat(ReaderOracle.DEFAULTS.check(compact.getBytes(StandardCharsets.UTF_8))).as("bytes").isEqualTo(plan);
    byte[] spaced = ("\n\t " + JSON.writePretty(plan) + " \r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(ReaderOracle.DEFAULTS.check(spaced)).as("bytes with surrounding whitespace").isEqualTo(plan);
  }

  // --- the reader and networknt agree on everything else ----------------------------------------

  @Property
  void structuralMutants(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    Mutations.Mutant m = MUTATIONS.mutate(MAPPER.readTree(JSON.write(plan(seed, index))), new Random(mutationSeed));
    Statistics.label("mutation").collect(m.kind());
    String json = MAPPER.writeValueAsString(m.document());
    checkBoth(json);
  }

  @Property(tries = 1000)
  void tokenMutants(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    Random random = new Random(mutationSeed);
    String json = JSON.write(plan(seed, index % 2_000));
    for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
      json = mutateToken(json, random);
    }
    checkBoth(json);
  }

  @Property(tries = 1000)
  void byteMutants(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1_000_000) int index,
      @ForAll long mutationSeed) {
    Random random = new Random(mutationSeed);
    byte[] json = JSON.writeBytes(plan(seed, index % 2_000));
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      json = mutateBytes(json, random);
    }
    Statistics.label("read").collect(ReaderOracle.DEFAULTS.check(json) != null);
    ReaderOracle.DEFAULTS.check(new String(json, StandardCharsets.UTF_8));
    ReaderOracle.DEFAULTS.check(new String(json, StandardCharsets.ISO_8859_1));
  }

  @Property(tries = 1000)
  void extensionValuesOfEveryShape(@ForAll long seed) {
    Random random = new Random(seed);
    String value = jsonValue(random, 0);
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
    ReaderOracle oracle = new ReaderOracle(limits);
    Random random = new Random(seed);
    String json = JSON.write(plan(seed, index % 2_000));
    if (random.nextBoolean()) {
      json = mutateToken(json, random);
    }
    oracle.check(json);
    oracle.check(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Plain extension values that a valid plan may carry are read, in the Java types the model keeps. */
  @Example
  void plainExtensionValuesAreRead() {
    for (String value : List.of("\"x\"", "true", "false", "0", "-0", "1998", "2147483648", "9223372036854775808",
        "1.5", "-0.0", "1e5", "1E-3", "[1,\"a\",[true]]", "{\"a\":{\"b\":[1.25]}}", "\"\\u00e4\\n\\ud83d\\ude00\"")) {
      String json = HostileDocuments.PLAN_HEAD + ",\"extensions\":[{\"url\":\"" + MARKER_URL + "\",\"value\":"
          + value + "}]}";
      IntegrationPlan read = ReaderOracle.DEFAULTS.check(json);
      assertThat(read).as("extension value %s", value).isNotNull();
      Object bound = read.extensions().get(0).value();
      assertThat(bound).as("extension value %s", value)
          .isEqualTo(new Extension(MARKER_URL, DECIMALS.readValue(value, Object.class)).value());
    }
  }

  @Example
  void corpusCases() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(CorpusTest.corpusDirectory())) {
      files = all.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expect.json")).toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    int taken = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      if (ReaderOracle.DEFAULTS.check(bytes) != null) {
        taken++;
      }
      ReaderOracle.DEFAULTS.check(new String(bytes, StandardCharsets.UTF_8));
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
      IntegrationPlan read = ReaderOracle.DEFAULTS.check(bytes);
      ReaderOracle.DEFAULTS.check(new String(bytes, StandardCharsets.UTF_8));
      if (c == HostileDocuments.Case.VALID_MINIMAL_PLAN) {
        assertThat(read).isNotNull();
      }
    }
  }

  @Example
  void documentsOverTheSizeLimitAreRejectedByBoth() {
    byte[] big = (HostileDocuments.PLAN_HEAD + " ".repeat(4 * 1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
    assertThat(ReaderOracle.DEFAULTS.check(big)).isNull();
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
    assertThat(ReaderOracle.DEFAULTS.check(HostileDocuments.MINIMAL_PLAN)).isNotNull();
    assertThat(ReaderOracle.DEFAULTS.check(head.replace("\"schemaVersion\"", "\"schema\\u0056ersion\"") + "}"))
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
      ReaderOracle.DEFAULTS.check(bytes);
      PlanFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFormatException.class,
          () -> JSON.read(bytes));
      assertThat(e.code()).as("read %s", java.util.Arrays.toString(bad))
          .isEqualTo(wellFormed ? "schema.pattern" : "json.encoding");
    }
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.writeBytes(plan);
    assertThat(ReaderOracle.DEFAULTS.check(bom.toByteArray())).as("a byte order mark is skipped").isNotNull();
    assertThat(ReaderOracle.DEFAULTS.check(HostileDocuments.MINIMAL_PLAN.getBytes(StandardCharsets.UTF_16LE))).isNull();
    assertThat(ReaderOracle.DEFAULTS.check(HostileDocuments.MINIMAL_PLAN.getBytes(StandardCharsets.UTF_16BE))).isNull();
  }

  /** Proves the oracle can fail: a reader that reports one finding fewer than networknt is caught. */
  @Example
  void theOracleSeesADifference() {
    String json = HostileDocuments.PLAN_HEAD.replace("\"p-1\"}", "\"p-1\",\"sex\":\"female\"}") + "}";
    ReaderOracle.DEFAULTS.check(json);
    String oneMore = HostileDocuments.PLAN_HEAD.replace("\"p-1\"}", "\"p-1\",\"sex\":\"female\",\"x\":1}") + "}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReaderOracle.DEFAULTS.checkAgainst(json, oneMore))
        .isInstanceOf(AssertionError.class).hasMessageContaining("schema.additionalProperties at \"/person/x\"");
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** Checks text and its UTF-8 bytes; whether the reader bound the bytes. */
  private static boolean checkBoth(String json) {
    ReaderOracle.DEFAULTS.check(json);
    return ReaderOracle.DEFAULTS.check(json.getBytes(StandardCharsets.UTF_8)) != null;
  }

  /** Rewrites the document token by token, changing one token (or the place before it). */
  static String mutateToken(String json, Random random) {
    try {
      return mutateParsable(json, random);
    } catch (tools.jackson.core.JacksonException e) {
      return json; // broken by an earlier mutation: leave it as it is
    }
  }

  private static String mutateParsable(String json, Random random) {
    int tokens = 0;
    try (JsonParser p = TOKENS.createParser(ObjectReadContext.empty(), json)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    int target = random.nextInt(tokens);
    int op = random.nextInt(20);
    StringWriter out = new StringWriter();
    try (JsonParser p = TOKENS.createParser(ObjectReadContext.empty(), json);
        JsonGenerator g = TOKENS.createGenerator(ObjectWriteContext.empty(), out)) {
      int i = 0;
      boolean dropValue = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken(), i++) {
        if (dropValue) {
          dropValue = false;
          if (t.isStructStart()) {
            p.skipChildren();
          }
          continue;
        }
        if (i == target) {
          if (mutate(p, t, g, op, random)) {
            if (op == 12) {
              dropValue = true;
            }
            continue;
          }
        }
        g.copyCurrentEvent(p);
      }
    }
    String result = out.toString();
    return switch (op) {
      case 18 -> result + List.of(" ", "x", "{}", "null", "]", "\u0000").get(random.nextInt(6));
      case 19 -> List.of(" ", "\uFEFF", "[", "\u0000").get(random.nextInt(4)) + result;
      default -> result;
    };
  }

  private static boolean mutate(JsonParser p, JsonToken t, JsonGenerator g, int op, Random random) {
    boolean scalar = t.isScalarValue();
    boolean integer = t == JsonToken.VALUE_NUMBER_INT;
    switch (op) {
      case 0 -> {
        if (scalar) {
          g.writeNull();
          return true;
        }
      }
      case 1 -> {
        if (t.isNumeric() || t.isBoolean()) {
          g.writeString(p.getString());
          return true;
        }
      }
      case 2 -> {
        if (t == JsonToken.VALUE_STRING) {
          String s = p.getString();
          g.writeNumber(s.matches("-?[0-9]{1,9}") ? s : String.valueOf(random.nextInt(3000)));
          return true;
        }
      }
      case 3 -> {
        if (integer) {
          g.writeNumber(p.getString() + List.of(".0", ".00", "e0", "E+0", ".5", "e1").get(random.nextInt(6)));
          return true;
        }
      }
      case 4 -> {
        if (integer) {
          g.writeNumber(List.of("2147483648", "-2147483649", "99999999999999999999", "-0", "0", "1e400",
              "2147483647", "-2147483648").get(random.nextInt(8)));
          return true;
        }
      }
      case 5 -> {
        if (t == JsonToken.START_OBJECT) {
          g.writeStartObject();
          g.writeName(List.of("unknownProperty", "fullName", "id", "Id", "value", "kosten/~monat").get(random.nextInt(6)));
          g.writeNumber(1);
          return true;
        }
      }
      case 6 -> {
        if (t == JsonToken.PROPERTY_NAME) {
          // the same name twice, the first time with a copy of a plain value
          g.writeName(p.currentName());
          g.writeString("dup");
          g.writeName(p.currentName());
          return true;
        }
      }
      case 7 -> {
        if (scalar) {
          g.writeStartObject();
          g.writeEndObject();
          return true;
        }
      }
      case 8 -> {
        if (scalar) {
          g.writeStartArray();
          g.copyCurrentEvent(p);
          g.writeEndArray();
          return true;
        }
        if (t == JsonToken.START_ARRAY) {
          g.writeStartArray();
          g.writeEndArray();
          g.writeStartArray();
          return true;
        }
      }
      case 9 -> {
        if (t == JsonToken.VALUE_STRING) {
          String s = p.getString();
          String changed = s.length() == 10 && s.charAt(4) == '-'
              ? List.of(s.substring(0, 8) + "31", s.substring(0, 5) + "02-30", s + "T00:00:00Z", "+0" + s,
                  s.substring(0, 7), s.replace('-', '/')).get(random.nextInt(6))
              : List.of(s.toLowerCase(java.util.Locale.ROOT), s.toUpperCase(java.util.Locale.ROOT), s + " ", "",
                  s.replace("Z", "+00:00"), s.replace("T", "t"), s.replace(":00Z", "Z")).get(random.nextInt(7));
          g.writeString(changed);
          return true;
        }
      }
      case 10 -> {
        if (t == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          g.writeName(List.of(name.toUpperCase(java.util.Locale.ROOT), name + " ", name.substring(1), "",
              name + "\u0000").get(random.nextInt(5)));
          return true;
        }
      }
      case 11 -> {
        if (t.isBoolean()) {
          g.writeNumber(t == JsonToken.VALUE_TRUE ? 1 : 0);
          return true;
        }
      }
      case 12 -> {
        return t == JsonToken.PROPERTY_NAME; // drop the property with its value
      }
      case 13 -> {
        if (t == JsonToken.START_ARRAY) {
          g.writeStartArray();
          g.writeNull();
          return true;
        }
      }
      case 14 -> {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          // deep nesting around the value
          int depth = 20 + random.nextInt(20);
          for (int d = 0; d < depth; d++) {
            g.writeStartArray();
          }
          g.writeEndArray();
          for (int d = 1; d < depth; d++) {
            g.writeEndArray();
          }
          return false;
        }
      }
      default -> {
        return false;
      }
    }
    return false;
  }

  private static final byte[] PALETTE = "{}[],:\"\\ 0123456789.eE+-ntrufalse\u0000".getBytes(StandardCharsets.UTF_8);

  /** Drops, inserts, replaces or repeats bytes anywhere. */
  static byte[] mutateBytes(byte[] json, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(json.length + 1);
    int op = random.nextInt(6);
    out.write(json, 0, at);
    switch (op) {
      case 0 -> at = Math.min(json.length, at + 1 + random.nextInt(3)); // drop
      case 1 -> out.write(PALETTE[random.nextInt(PALETTE.length)]); // insert syntax
      case 2 -> { // insert a byte that is not ASCII, alone or as a (maybe bad) sequence
        int[][] sequences = {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xFF},
            {0x80}, {0xC3}, {0xC3, 0xA4}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x98, 0x80}, {0xEF, 0xBB, 0xBF}};
        for (int b : sequences[random.nextInt(sequences.length)]) {
          out.write(b);
        }
      }
      case 3 -> { // replace
        out.write(random.nextInt(256));
        at = Math.min(json.length, at + 1);
      }
      case 4 -> { // repeat a stretch
        int from = random.nextInt(json.length);
        out.write(json, from, Math.min(json.length - from, 1 + random.nextInt(40)));
      }
      default -> out.write(' ');
    }
    out.write(json, at, json.length - at);
    return out.toByteArray();
  }

  /** A random JSON value as text: every shape, sometimes a {@code null}, a duplicate key or deep nesting. */
  static String jsonValue(Random random, int depth) {
    int kind = random.nextInt(depth > 36 ? 4 : 9);
    return switch (kind) {
      case 0 -> List.of("\"\"", "\"x\"", "\"\\u00e4\\n\"", "\"\\ud83d\\ude00\"", "\"\u00e4\u20ac\"", "\"\\ud800\"",
          "\"a\\\"b\"").get(random.nextInt(7));
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> List.of("0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
          "9223372036854775808", "123456789012345678901234567890", "00", "1.", "+1").get(random.nextInt(13));
      case 3 -> List.of("1.0", "-0.0", "0.5", "1e5", "1E-3", "1.5e+300", "1e400", "123456789012345678901234.5",
          "2.50", ".5", "1e", "NaN").get(random.nextInt(12));
      case 4 -> "null";
      case 5, 6 -> {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          b.append(i == 0 ? "" : ",").append(jsonValue(random, depth + 1));
        }
        yield b.append(random.nextInt(30) == 0 ? ",]" : "]").toString();
      }
      default -> {
        StringBuilder b = new StringBuilder("{");
        List<String> names = List.of("a", "b", "\u00e4", "a\\u0062", "ab", "");
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          b.append(i == 0 ? "" : ",").append('"').append(names.get(random.nextInt(names.size()))).append("\":")
              .append(jsonValue(random, depth + 1));
        }
        yield b.append("}").toString();
      }
    };
  }
}
