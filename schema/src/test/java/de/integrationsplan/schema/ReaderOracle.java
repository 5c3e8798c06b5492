package de.integrationsplan.schema;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.IntegrationPlan;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * networknt judges the library's reader: for one input, the reader ({@link PlanJson}) and
 * networknt's schema validation ({@link SchemaValidator}) must give the same verdict and the same
 * findings, as a set of (code, pointer). The reader binds a plan exactly when networknt finds
 * nothing; a document that is not JSON gets the same parser finding from both, since the schema
 * validator takes it from the library.
 */
final class ReaderOracle {

  /** The reader and the judge with default limits. */
  static final ReaderOracle DEFAULTS = new ReaderOracle(JsonLimits.defaults());

  private final PlanJson reader;
  private final SchemaValidator judge;

  ReaderOracle(JsonLimits limits) {
    this.reader = PlanJson.builder().limits(limits).locale(Locale.ENGLISH).build();
    this.judge = SchemaValidator.create(Locale.ENGLISH, limits);
  }

  /**
   * Checks the agreement on bytes.
   *
   * @param json the input
   * @return the reader's plan, or {@code null} when it found faults
   * @throws AssertionError if the reader and networknt disagree
   */
  @Nullable IntegrationPlan check(byte[] json) {
    return check(() -> reader.read(json), judge.validate(json), "bytes",
        () -> new String(json, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Checks the agreement on text.
   *
   * @param json the input
   * @return the reader's plan, or {@code null} when it found faults
   * @throws AssertionError if the reader and networknt disagree
   */
  @Nullable IntegrationPlan check(String json) {
    return check(() -> reader.read(json), judge.validate(json), "text", () -> json);
  }

  /**
   * The reader on one input against networknt on another: for the test that shows the oracle can fail.
   *
   * @param readerInput what the reader reads
   * @param judgeInput what networknt judges
   * @return the reader's plan
   */
  @Nullable IntegrationPlan checkAgainst(String readerInput, String judgeInput) {
    return check(() -> reader.read(readerInput), judge.validate(judgeInput), "text", () -> readerInput);
  }

  private static @Nullable IntegrationPlan check(Supplier<IntegrationPlan> read, ValidationReport schema, String input,
      Supplier<String> text) {
    IntegrationPlan plan = null;
    List<ValidationIssue> found = List.of();
    try {
      plan = read.get();
    } catch (PlanFormatException e) {
      found = e.issues();
    }
    Set<String> ours = findings(found);
    Set<String> theirs = findings(schema.issues());
    if (!ours.equals(theirs) && !onlySignedYears(ours, theirs, text.get())) {
      throw new AssertionError("the reader and networknt disagree on " + input + ": reader " + ours
          + ", networknt " + theirs);
    }
    return plan;
  }

  private static final java.util.regex.Pattern SIGNED_YEAR = java.util.regex.Pattern.compile("[+-][0-9]{4,}-.*");

  /**
   * The one known difference: networknt's {@code date} format takes a date with a signed year of
   * five digits ({@code +02026-03-01}, ISO 8601's expanded form), so only its pattern fails; RFC
   * 3339 has four-digit years only, and the reader, like ajv, reports the format.
   */
  private static boolean onlySignedYears(Set<String> ours, Set<String> theirs, String json) {
    Set<String> onlyOurs = new TreeSet<>(ours);
    onlyOurs.removeAll(theirs);
    Set<String> onlyTheirs = new TreeSet<>(theirs);
    onlyTheirs.removeAll(ours);
    if (onlyOurs.size() != onlyTheirs.size() || onlyOurs.isEmpty()) {
      return false;
    }
    tools.jackson.databind.JsonNode tree;
    try {
      tree = TREES.readTree(json);
    } catch (tools.jackson.core.JacksonException e) {
      return false;
    }
    for (String finding : onlyOurs) {
      if (!finding.startsWith("schema.format at ")) {
        return false;
      }
      String pointer = finding.substring("schema.format at \"".length(), finding.length() - 1);
      if (!onlyTheirs.contains("schema.pattern at \"" + pointer + "\"")
          || !SIGNED_YEAR.matcher(tree.at(pointer).asString("")).matches()) {
        return false;
      }
    }
    return true;
  }

  private static final tools.jackson.databind.ObjectMapper TREES = tools.jackson.databind.json.JsonMapper.builder().build();

  static Set<String> findings(List<ValidationIssue> issues) {
    Set<String> set = new TreeSet<>();
    for (ValidationIssue i : issues) {
      set.add(i.code() + " at \"" + i.pointer() + "\"");
    }
    return set;
  }
}
