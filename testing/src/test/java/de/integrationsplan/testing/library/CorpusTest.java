package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.testing.CaseKind;
import de.integrationsplan.testing.ConformanceCase;
import de.integrationsplan.testing.ConformanceCorpus;
import de.integrationsplan.testing.ReferenceOracle;
import de.integrationsplan.testing.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The library passes the conformance corpus, tested as a vendor tests its own software, through
 * the published {@link ConformanceCorpus}:
 *
 * <ul>
 *   <li>The library ({@link PlanValidator}) reports exactly the expected findings, as a set of
 *       (severity, code, pointer) ({@link ConformanceCase#disagreements}); a {@code valid} case
 *       therefore has no finding at all, not even a warning. Rule findings have the source
 *       {@link IssueSource#RULE}, parser findings {@link IssueSource#PARSER}.
 *   <li>networknt alone ({@code SchemaValidator}, through {@link ReferenceOracle#schemaVerdict})
 *       accepts {@code valid} and {@code rule} cases, reports every expected finding of
 *       {@code structural} cases, and is not asked about {@code parser} cases
 *       ({@link ConformanceCase#schemaDisagreements}).
 * </ul>
 *
 * <p>ajv runs the same corpus in {@code schema/ajv/check-corpus.mjs}; both lists of known
 * disagreements must be the same. A known disagreement is checked to still disagree: once it is
 * fixed, the test fails until the entry is removed.
 */
final class CorpusTest {

  /** Where the corpus's files are in the source tree, for the link of each dynamic test. */
  private static final Path SOURCES = Path.of("src/main/resources/de/integrationsplan/testing/corpus");

  /** Who disagrees with an expectation. */
  enum Validator { LIBRARY, NETWORKNT, AJV }

  record KnownDisagreement(String name, Validator validator, String reason) {}

  /**
   * Cases where a validator is known to disagree with the expectation, with the reason. The same
   * list is in {@code schema/ajv/check-corpus.mjs}.
   */
  static final List<KnownDisagreement> KNOWN_DISAGREEMENTS = List.of();

  private static final PlanValidator LIBRARY = PlanValidator.builder().locale(Locale.ENGLISH).build();
  private static final ReferenceOracle REFERENCE = ReferenceOracle.create();

  @TestFactory
  Stream<DynamicTest> everyCaseAgreesWithTheLibraryAndNetworknt() {
    return ConformanceCorpus.load().cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(),
        SOURCES.resolve(c.name() + ".json").toUri(), () -> check(c)));
  }

  @Test
  void knownDisagreementsAreInTheCorpusAndTheSameAsAjvs() throws IOException {
    Set<String> ours = new TreeSet<>();
    for (KnownDisagreement k : KNOWN_DISAGREEMENTS) {
      assertThat(ConformanceCorpus.load().find(k.name())).as("known disagreements name cases of the corpus")
          .isPresent();
      assertThat(k.reason()).isNotBlank();
      ours.add(k.name() + " " + k.validator().name().toLowerCase(Locale.ROOT));
    }
    String script = Files.readString(Path.of("..", "schema", "ajv", "check-corpus.mjs"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("name: \"([^\"]+)\",\\s*validator: \"([a-z]+)\"").matcher(script);
    Set<String> ajvs = new TreeSet<>();
    while (m.find()) {
      ajvs.add(m.group(1) + " " + m.group(2));
    }
    assertThat(ajvs).as("KNOWN_DISAGREEMENTS of schema/ajv/check-corpus.mjs").isEqualTo(ours);
  }

  private static void check(ConformanceCase c) {
    byte[] bytes = c.document();
    List<String> problems = new ArrayList<>();
    ValidationReport report = LIBRARY.validate(bytes);
    List<String> library = new ArrayList<>(c.disagreements(Verdict.of(report)));
    library.addAll(sourceProblems(c, report));
    List<String> networknt = c.schemaDisagreements(REFERENCE.schemaVerdict(bytes));
    for (Validator validator : List.of(Validator.LIBRARY, Validator.NETWORKNT)) {
      List<String> found = validator == Validator.LIBRARY ? library : networknt;
      KnownDisagreement known = KNOWN_DISAGREEMENTS.stream()
          .filter(k -> k.name().equals(c.name()) && k.validator() == validator).findFirst().orElse(null);
      if (known == null) {
        found.forEach(p -> problems.add(validator.name().toLowerCase(Locale.ROOT) + ": " + p));
      } else if (found.isEmpty()) {
        problems.add(validator + " now agrees with the expectation: remove the case from KNOWN_DISAGREEMENTS");
      }
    }
    if (!problems.isEmpty()) {
      fail(c + ":\n  " + String.join("\n  ", problems));
    }
  }

  /** Rule cases have findings of the rules only, parser cases of the parser only. */
  private static List<String> sourceProblems(ConformanceCase c, ValidationReport report) {
    @Nullable IssueSource source = switch (c.kind()) {
      case RULE -> IssueSource.RULE;
      case PARSER -> IssueSource.PARSER;
      case VALID, STRUCTURAL -> null;
    };
    List<String> problems = new ArrayList<>();
    if (c.kind() == CaseKind.VALID != report.isValid()) {
      problems.add("expected " + (c.kind() == CaseKind.VALID ? "valid" : "invalid") + ", was not");
    }
    if (source != null) {
      problems.addAll(report.issues().stream().filter(i -> i.source() != source)
          .map(i -> i.code() + " has the source " + i.source() + ", expected " + source).collect(Collectors.toList()));
    }
    return problems;
  }
}
