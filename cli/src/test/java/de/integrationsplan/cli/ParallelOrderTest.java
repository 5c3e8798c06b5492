package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate} on several threads writes what it writes on one, byte for byte: documents whose
 * checks cost very differently (a valid plan takes the short way; a schema fault the long way; a
 * syntax fault ends early; a huge one is cut at the size limit) finish out of order, and the output
 * must not show it.
 */
final class ParallelOrderTest {

  @TempDir
  static Path dir;

  private static Path ndjson;
  private static Path folder;

  /** The kinds of documents, as NDJSON lines and as files: valid, rule errors, schema error, syntax, empty. */
  private static final List<IntFunction<String>> KINDS = List.of(
      i -> Plans.completeLine(),
      i -> Plans.line(Plans::breakRules),
      i -> Plans.line(plan -> plan.remove("integrationManager")),
      i -> "{\"id\": " + "[".repeat(i % 7),
      i -> Plans.line(plan -> plan.put("schemaVersion", "9." + i)),
      i -> "not json " + i,
      i -> Plans.completeLine().replace("}", "} "));

  @BeforeAll
  static void writeInputs() {
    Random random = new Random(7);
    StringBuilder lines = new StringBuilder();
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String doc = KINDS.get(random.nextInt(KINDS.size())).apply(i);
      docs.add(doc);
      lines.append(doc).append(i % 50 == 0 ? "\n\n" : "\n");
    }
    // one document far over the size limit, among the others
    lines.append("{\"id\": \"").append("x".repeat(5 * 1024 * 1024)).append("\"}\n");
    lines.append(Plans.completeLine()).append('\n');
    ndjson = Plans.write(dir.resolve("mixed.ndjson"), lines.toString());
    folder = dir.resolve("folder");
    for (int i = 0; i < 120; i++) {
      String doc = i % 3 == 0 ? Plans.withRuleErrors() : i % 3 == 1 ? Plans.complete() : docs.get(i);
      Plans.write(folder.resolve(String.format("sub%d/plan-%03d.json", i % 4, i)), doc);
    }
    Plans.write(folder.resolve("sub1/more.ndjson"), lines.substring(0, 200_000));
  }

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"text", "json", "junit", "sarif", "github"})
  void writesAnNdjsonFileOnSeveralThreadsAsOnOne(String format) {
    assertSameOnOneAndSeveralThreads(format, ndjson.toString());
  }

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"text", "json", "junit", "sarif", "github"})
  void writesAFolderAndSeveralPathsOnSeveralThreadsAsOnOne(String format) {
    assertSameOnOneAndSeveralThreads(format, folder.toString(), ndjson.toString(), folder.resolve("sub2").toString());
  }

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"text", "json", "junit", "sarif", "github"})
  void writesValidPlansOnSeveralThreadsAsOnOne(String format) {
    Path valid = Plans.write(dir.resolve("valid-" + format + ".ndjson"), (Plans.completeLine() + "\n").repeat(300));

    assertSameOnOneAndSeveralThreads(format, valid.toString());
  }

  private static void assertSameOnOneAndSeveralThreads(String format, String... paths) {
    CliRun.Result one = run(format, "1", paths);
    for (String threads : List.of("4", "2")) {
      CliRun.Result many = run(format, threads, paths);

      assertThat(withoutTimes(many.out())).as("standard output on %s threads", threads).isEqualTo(withoutTimes(one.out()));
      assertThat(many.err()).as("standard error on %s threads", threads).isEqualTo(one.err());
      assertThat(many.exitCode()).isEqualTo(one.exitCode());
    }
    assertThat(one.out() + one.err()).isNotBlank();
  }

  private static CliRun.Result run(String format, String threads, String... paths) {
    List<String> args = new ArrayList<>(List.of("validate", "--lang", "de", "--format", format, "--threads", threads));
    args.addAll(List.of(paths));
    return CliRun.run(args.toArray(String[]::new));
  }

  /** The output without JUnit's times, which are measured and so differ from run to run. */
  private static String withoutTimes(String out) {
    return out.replaceAll(" (time|timestamp)=\"[^\"]*\"", "");
  }
}
