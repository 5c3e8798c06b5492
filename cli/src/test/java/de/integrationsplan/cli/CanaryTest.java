package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * No output line contains a submitted value: every string of the documents below is a distinctive
 * canary, and none may appear on standard output or standard error, in any format or language.
 */
final class CanaryTest {

  private static final String CANARY = "Kanarienvogel";

  @TempDir
  Path dir;

  /** Every string value replaced: schema errors everywhere. */
  private static String everyStringACanary() {
    return Plans.pretty(plan -> replaceStrings(plan, s -> true, new AtomicInteger()));
  }

  /** Free text (strings with a space) replaced, and rules broken: the rules run on canaries. */
  private static String freeTextCanariesAndRuleErrors() {
    return Plans.pretty(plan -> {
      replaceStrings(plan, s -> s.contains(" "), new AtomicInteger());
      Plans.breakRules(plan);
    });
  }

  private static void replaceStrings(JsonNode node, java.util.function.Predicate<String> which, AtomicInteger n) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : new ArrayList<>(object.properties())) {
        if (e.getValue().isString() && which.test(e.getValue().asString())) {
          object.put(e.getKey(), CANARY + " " + n.incrementAndGet() + " " + CANARY.toUpperCase());
        } else {
          replaceStrings(e.getValue(), which, n);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isString() && which.test(array.get(i).asString())) {
          array.set(i, CANARY + "-" + n.incrementAndGet());
        } else {
          replaceStrings(array.get(i), which, n);
        }
      }
    }
  }

  static Stream<Arguments> documents() {
    List<Arguments> cases = new ArrayList<>();
    Map<String, String> documents = Map.of(
        "every string a canary", everyStringACanary(),
        "free text canaries and rule errors", freeTextCanariesAndRuleErrors(),
        "truncated inside a canary", "{\"id\": \"" + CANARY + " and more",
        "unknown property with a canary", Plans.pretty(p -> p.put("comment", CANARY)),
        "duplicate key with a canary", "{\"id\": \"" + CANARY + "\", \"id\": \"" + CANARY + "2\"}",
        "canary where a number belongs", Plans.pretty(p -> ((ObjectNode) p.get("person")).put("birthYear", CANARY)),
        "bare canary", CANARY + " " + CANARY);
    for (Map.Entry<String, String> e : documents.entrySet()) {
      for (String format : List.of("text", "json", "junit", "sarif", "github")) {
        for (String lang : List.of("de", "en")) {
          cases.add(Arguments.of(e.getKey(), e.getValue(), format, lang));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, {2}, {3}")
  @MethodSource("documents")
  void printsNoSubmittedValue(String name, String document, String format, String lang) {
    Path json = Plans.write(dir.resolve("plan.json"), document);
    Path ndjson = Plans.write(dir.resolve("plans.ndjson"),
        document.replace("\r", "").replace("\n", " ") + "\n" + Plans.completeLine() + "\n");

    CliRun.Result result = CliRun.withStdin(document.getBytes(StandardCharsets.UTF_8),
        "validate", "--format", format, "--lang", lang, json.toString(), ndjson.toString(), "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out() + result.err()).isNotBlank().doesNotContainIgnoringCase(CANARY);
  }

  @ParameterizedTest(name = "--quiet, {2}, {3}")
  @MethodSource("documents")
  void printsNoSubmittedValueWhenQuiet(String name, String document, String format, String lang) {
    Path json = Plans.write(dir.resolve("plan.json"), document);

    CliRun.Result result = CliRun.run("validate", "--quiet", "--format", format, "--lang", lang, json.toString());

    assertThat(result.out() + result.err()).isNotBlank().doesNotContainIgnoringCase(CANARY);
  }

  @Test
  void explainsCodesWithoutRepeatingAnUnprintableArgument() {
    // a code typed with a control character is not echoed to the terminal
    CliRun.Result result = CliRun.run("explain", CANARY + "\u001b]0;title\u0007");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).doesNotContain(CANARY).doesNotContain("\u001b");
  }

  @Test
  void letsTheRulesRunOnCanariesInFreeText() {
    Path json = Plans.write(dir.resolve("plan.json"), freeTextCanariesAndRuleErrors());

    CliRun.Result result = CliRun.run("validate", json.toString());

    assertThat(result.out()).contains("plan.goal.dueBeforeAgreement");
  }
}
