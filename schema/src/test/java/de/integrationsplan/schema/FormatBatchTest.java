package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes the batch that CI runs through the other schema validators (schema/format-check): the
 * 2.0 examples, valid and invalid, the conformance corpus but its parser cases, and mutants of the
 * valid 2.0 examples whose dates and timestamps do not exist or are malformed; each with
 * networknt's verdict and findings ({@link SchemaValidator}, format assertions on). One JSON object
 * a line, {@code target/format-batch.ndjson}:
 * {@code {"name", "version", "document", "networknt": {"valid", "findings": ["code at pointer"]}}}.
 */
final class FormatBatchTest {

  /** The batch, relative to the schema module. */
  static final Path BATCH = Path.of("target/format-batch.ndjson");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DATE_TIME_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");

  /** Dates that do not exist or are malformed, each a function of a date that does. */
  private static final List<UnaryOperator<String>> BAD_DATES = List.of(
      d -> d.substring(0, 4) + "-02-30", d -> d.substring(0, 4) + "-04-31", d -> "2023-02-29",
      d -> "2100-02-29", d -> d.substring(0, 4) + "-13-01", d -> d.substring(0, 5) + "00-10",
      d -> d.substring(0, 8) + "00", d -> d.substring(0, 8) + "32", d -> d.substring(8) + "." + d.substring(5, 7)
          + "." + d.substring(0, 4), d -> d.replace("-", ""));

  /** Leap days that exist: every validator accepts them. */
  private static final List<String> LEAP_DAYS = List.of("2024-02-29", "2000-02-29");

  @Test
  void writesTheBatchWithNetworkntsVerdicts() throws IOException {
    SchemaValidator networknt = SchemaValidator.create(Locale.ENGLISH, de.integrationsplan.core.json.JsonLimits.defaults());
    List<String> lines = new ArrayList<>();
    Path examples = Path.of("../examples/plans/2.0");
    List<Path> valid = files(examples.resolve("valid"));
    for (Path file : valid) {
      lines.add(line("examples/2.0/valid/" + file.getFileName(), Files.readString(file), networknt));
    }
    for (Path file : files(examples.resolve("invalid"))) {
      lines.add(line("examples/2.0/invalid/" + file.getFileName(), Files.readString(file), networknt));
    }
    for (Path file : files(Path.of("../testing/src/main/resources/de/integrationsplan/testing/corpus"))) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".expect.json") && !name.startsWith("parser-")) {
        lines.add(line("corpus/" + name, Files.readString(file), networknt));
      }
    }
    int mutants = 0;
    for (Path file : valid) {
      JsonNode plan = JSON.readTree(Files.readString(file));
      List<String> pointers = new ArrayList<>();
      strings(plan, "", pointers);
      int kind = 0;
      for (String pointer : pointers) {
        String value = plan.at(pointer).asString();
        boolean dateTime = DATE_TIME_SHAPE.matcher(value).matches();
        String date = value.substring(0, 10);
        List<String> replacements = new ArrayList<>();
        replacements.add(BAD_DATES.get(kind++ % BAD_DATES.size()).apply(date));
        replacements.add(LEAP_DAYS.get(kind % LEAP_DAYS.size()));
        if (kind == 2) {
          // a final line feed: Python's re lets $ match before it, the schema's patterns must not
          replacements.add(value + "\n");
        }
        if (dateTime) {
          replacements.add(date + "T24:00:00Z");
          replacements.add(date + "T10:15:00");
        }
        for (String replacement : replacements) {
          String mutated = dateTime && replacement.length() == 10 && !replacement.endsWith("\n") ? replacement + value.substring(10) : replacement;
          JsonNode copy = plan.deepCopy();
          int slash = pointer.lastIndexOf('/');
          ((ObjectNode) copy.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~"), StringNode.valueOf(mutated));
          lines.add(line("mutant/" + file.getFileName() + pointer + "=" + mutated, JSON.writeValueAsString(copy), networknt));
          mutants++;
        }
      }
    }
    Files.createDirectories(BATCH.getParent());
    Files.write(BATCH, lines, StandardCharsets.UTF_8);
    assertThat(valid).isNotEmpty();
    assertThat(mutants).isPositive();
    assertThat(lines).anyMatch(l -> l.contains("\"valid\":false")).anyMatch(l -> l.contains("\"valid\":true"));
  }

  private static String line(String name, String text, SchemaValidator networknt) {
    ValidationReport report = networknt.validate(text);
    // a byte order mark is skipped by every reader; the batch holds the document without it
    JsonNode document = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    ObjectNode entry = JSON.createObjectNode();
    entry.put("name", name);
    entry.put("version", PlanSchema.versionFor(document.path("schemaVersion").asString("")));
    entry.set("document", document);
    ObjectNode verdict = entry.putObject("networknt");
    verdict.put("valid", report.errors().isEmpty());
    var findings = verdict.putArray("findings");
    for (ValidationIssue issue : report.errors()) {
      findings.add(issue.code() + " at " + issue.pointer());
    }
    return JSON.writeValueAsString(entry);
  }

  /** The pointers of the object members that hold a date or timestamp, in document order. */
  private static void strings(JsonNode node, String pointer, List<String> found) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        JsonNode value = e.getValue();
        if (value.isString() && (DATE_SHAPE.matcher(value.asString()).matches()
            || DATE_TIME_SHAPE.matcher(value.asString()).matches())) {
          found.add(child);
        } else {
          strings(value, child, found);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strings(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
