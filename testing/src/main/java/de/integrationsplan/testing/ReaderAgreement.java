package de.integrationsplan.testing;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.schema.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * networknt judges the library's reader: for one input, the reader ({@link PlanJson}) and
 * networknt's validation against the published schema ({@code SchemaValidator}) must give the same
 * verdict and the same findings, as a set of (code, pointer). Both take the format's version from
 * the document's {@code schemaVersion}: the reader binds a 1.0 document to format 1.0's model and a
 * 2.0 document to format 2.0's, networknt validates each against the schema of its version. The reader binds a plan exactly when
 * networknt finds nothing; a document that is not JSON gets the same parser finding from both,
 * since the schema validator takes it from the library.
 *
 * <p>This is the check the library's own tests make on the corpus, on hostile documents, on
 * mutants and in the fuzz test; it makes the reader's speed cost no correctness, and it is what
 * makes {@link ReferenceOracle#verdict} and {@link ReferenceOracle#schemaVerdict} agree on the
 * structure. Run it on your own documents to see that the reference holds there too:
 *
 * <pre>{@code
 * Plan plan = ReaderAgreement.create().check(bytes);   // null when the document has faults
 * }</pre>
 *
 * <p>The one known difference is allowed: networknt's {@code date} format takes a date with a
 * signed year of five digits ({@code +02026-03-01}, ISO 8601's expanded form), so only the
 * pattern fails there; RFC 3339 has four-digit years only, and the reader, like ajv, reports the
 * format. Instances are immutable and thread-safe.
 */
public final class ReaderAgreement {

  private static final Pattern SIGNED_YEAR = Pattern.compile("[+-][0-9]{4,}-.*");
  private static final ObjectMapper TREES = JsonMapper.builder().build();

  private final PlanJson reader;
  private final SchemaValidator judge;

  private ReaderAgreement(JsonLimits limits) {
    this.reader = PlanJson.builder().limits(limits).locale(Locale.ENGLISH).build();
    this.judge = SchemaValidator.create(Locale.ENGLISH, limits);
  }

  /**
   * The check with the library's default limits.
   *
   * @return the check
   */
  public static ReaderAgreement create() {
    return create(JsonLimits.defaults());
  }

  /**
   * The check with other limits, which the reader and networknt's tree reader both apply.
   *
   * @param limits the limits
   * @return the check
   */
  public static ReaderAgreement create(JsonLimits limits) {
    return new ReaderAgreement(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Checks the agreement on a document given as bytes.
   *
   * @param json the input, any bytes
   * @return the plan the reader read, of the version the document names, or {@code null} when it
   *     found faults
   * @throws AssertionError if the reader and networknt disagree, naming both sets of findings
   */
  public @Nullable Plan check(byte[] json) {
    Objects.requireNonNull(json, "json");
    return check(() -> reader.read(json), judge.validate(json), "bytes",
        () -> new String(json, StandardCharsets.UTF_8));
  }

  /**
   * Checks the agreement on a document given as text.
   *
   * @param json the input
   * @return the plan the reader read, of the version the document names, or {@code null} when it
   *     found faults
   * @throws AssertionError if the reader and networknt disagree, naming both sets of findings
   */
  public @Nullable Plan check(String json) {
    Objects.requireNonNull(json, "json");
    return check(() -> reader.read(json), judge.validate(json), "text", () -> json);
  }

  /** The reader on one input against networknt on another: shows that the check can fail. */
  @Nullable Plan checkAgainst(String readerInput, String judgeInput) {
    return check(() -> reader.read(readerInput), judge.validate(judgeInput), "text", () -> readerInput);
  }

  private static @Nullable Plan check(Supplier<Plan> read, ValidationReport schema, String input,
      Supplier<String> text) {
    Plan plan = null;
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

  /** Whether the only differences are the format and pattern findings of dates with a signed year. */
  private static boolean onlySignedYears(Set<String> ours, Set<String> theirs, String json) {
    Set<String> onlyOurs = new TreeSet<>(ours);
    onlyOurs.removeAll(theirs);
    Set<String> onlyTheirs = new TreeSet<>(theirs);
    onlyTheirs.removeAll(ours);
    if (onlyOurs.size() != onlyTheirs.size() || onlyOurs.isEmpty()) {
      return false;
    }
    JsonNode tree;
    try {
      // a byte order mark is skipped by both readers; the tree reader here must skip it too
      tree = TREES.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JacksonException e) {
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

  private static Set<String> findings(List<ValidationIssue> issues) {
    Set<String> set = new TreeSet<>();
    for (ValidationIssue i : issues) {
      set.add(i.code() + " at \"" + i.pointer() + "\"");
    }
    return set;
  }
}
