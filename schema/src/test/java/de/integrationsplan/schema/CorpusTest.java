package de.integrationsplan.schema;

import de.integrationsplan.core.validation.PlanValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance corpus under {@code src/test/resources/corpus}: every case is a document
 * {@code <name>.json} and its expectation {@code <name>.expect.json}
 * ({@code {"description", "kind", "issues": [{"code", "pointer", "severity"?}]}}).
 *
 * <ul>
 *   <li>The library ({@link PlanValidator}) reports exactly the expected issues, as a set of
 *       (severity, code, pointer); the severity is {@code ERROR} unless the expectation says
 *       otherwise. A {@code valid} case therefore has no issue at all, not even a warning.
 *   <li>networknt alone ({@link SchemaValidator}) accepts {@code valid} and {@code rule} cases,
 *       rejects {@code structural} cases with an error at every expected pointer, and is not asked
 *       about {@code parser} cases.
 * </ul>
 *
 * <p>ajv runs the same corpus in {@code schema/ajv/check-corpus.mjs}; both lists of known
 * disagreements must be the same. A known disagreement is checked to still disagree: once it is
 * fixed, the test fails until the entry is removed.
 */
final class CorpusTest {

  /** The kinds of case and the least number of cases of each the corpus must hold. */
  enum Kind {
    VALID(15), STRUCTURAL(40), RULE(15), PARSER(5);

    final int minimum;

    Kind(int minimum) {
      this.minimum = minimum;
    }
  }

  private static final int MINIMUM_CASES = 80;

  /** Who disagrees with an expectation. */
  enum Validator { LIBRARY, NETWORKNT, AJV }

  record KnownDisagreement(String name, Validator validator, String reason) {}

  /**
   * Cases where a validator is known to disagree with the expectation, with the reason. The same
   * list is in {@code schema/ajv/check-corpus.mjs}.
   */
  static final List<KnownDisagreement> KNOWN_DISAGREEMENTS = List.of();

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final PlanValidator LIBRARY = PlanValidator.builder().locale(Locale.ENGLISH).build();
  private static final SchemaValidator NETWORKNT =
      SchemaValidator.create(Locale.ENGLISH, de.integrationsplan.core.json.JsonLimits.defaults());

  record Expected(String code, String pointer, Severity severity) {
    @Override
    public String toString() {
      return severity + " " + code + " at \"" + pointer + "\"";
    }
  }

  record Case(String name, Path document, String description, Kind kind, Set<Expected> issues) {
    byte[] bytes() {
      try {
        return Files.readAllBytes(document);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseAgreesWithTheLibraryAndNetworknt() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.description(),
        c.document().toUri(), () -> check(c)));
  }

  @Test
  void theCorpusHoldsEnoughCasesOfEveryKind() {
    List<Case> cases = cases();
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    for (Case c : cases) {
      counts.merge(c.kind(), 1L, Long::sum);
    }
    assertThat(cases).as("cases in the corpus").hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
    for (Kind kind : Kind.values()) {
      assertThat(counts.getOrDefault(kind, 0L)).as("cases of kind %s", kind).isGreaterThanOrEqualTo(kind.minimum);
    }
  }

  @Test
  void everyDocumentHasAnExpectationAndEveryExpectationADocument() throws IOException {
    try (Stream<Path> files = Files.list(corpusDirectory())) {
      Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      for (String name : names) {
        assertThat(name).as("file name").endsWith(".json");
        if (name.endsWith(".expect.json")) {
          assertThat(names).contains(name.substring(0, name.length() - ".expect.json".length()) + ".json");
        } else {
          assertThat(names).contains(name.substring(0, name.length() - ".json".length()) + ".expect.json");
        }
      }
    }
  }

  @Test
  void expectationsAreWellFormed() {
    for (Case c : cases()) {
      assertThat(c.name()).as("name of %s", c.name()).startsWith(c.kind().name().toLowerCase(Locale.ROOT) + "-");
      assertThat(c.description()).as("description of %s", c.name()).isNotBlank();
      switch (c.kind()) {
        case VALID -> assertThat(c.issues()).as("issues of %s", c.name()).isEmpty();
        case STRUCTURAL -> assertThat(c.issues()).as("issues of %s", c.name()).isNotEmpty()
            .allSatisfy(i -> assertThat(i.code()).matches("(schema|json)\\..+"));
        case RULE -> assertThat(c.issues()).as("issues of %s", c.name())
            .anySatisfy(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR))
            .allSatisfy(i -> assertThat(i.code()).matches("(plan|value)\\..+"));
        case PARSER -> assertThat(c.issues()).as("issues of %s", c.name()).hasSize(1)
            .allSatisfy(i -> assertThat(i.code()).startsWith("json."));
      }
    }
  }

  @Test
  void knownDisagreementsAreInTheCorpusAndTheSameAsAjvs() throws IOException {
    Set<String> names = cases().stream().map(Case::name).collect(Collectors.toSet());
    Set<String> ours = new TreeSet<>();
    for (KnownDisagreement k : KNOWN_DISAGREEMENTS) {
      assertThat(names).as("known disagreements name cases of the corpus").contains(k.name());
      assertThat(k.reason()).isNotBlank();
      ours.add(k.name() + " " + k.validator().name().toLowerCase(Locale.ROOT));
    }
    String script = Files.readString(Path.of("ajv", "check-corpus.mjs"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("name: \"([^\"]+)\",\\s*validator: \"([a-z]+)\"").matcher(script);
    Set<String> ajvs = new TreeSet<>();
    while (m.find()) {
      ajvs.add(m.group(1) + " " + m.group(2));
    }
    assertThat(ajvs).as("KNOWN_DISAGREEMENTS of ajv/check-corpus.mjs").isEqualTo(ours);
  }

  private static void check(Case c) {
    byte[] bytes = c.bytes();
    List<String> problems = new ArrayList<>();
    List<String> library = libraryProblems(c, LIBRARY.validate(bytes));
    List<String> networknt = c.kind() == Kind.PARSER ? List.of() : networkntProblems(c, NETWORKNT.validate(bytes));
    for (Validator validator : List.of(Validator.LIBRARY, Validator.NETWORKNT)) {
      List<String> found = validator == Validator.LIBRARY ? library : networknt;
      KnownDisagreement known = KNOWN_DISAGREEMENTS.stream()
          .filter(k -> k.name().equals(c.name()) && k.validator() == validator).findFirst().orElse(null);
      if (known == null) {
        problems.addAll(found);
      } else if (found.isEmpty()) {
        problems.add(validator + " now agrees with the expectation: remove the case from KNOWN_DISAGREEMENTS");
      }
    }
    if (!problems.isEmpty()) {
      fail(c.name() + " (" + c.description() + "):\n  " + String.join("\n  ", problems));
    }
  }

  private static List<String> libraryProblems(Case c, ValidationReport report) {
    Set<Expected> actual = new LinkedHashSet<>();
    for (ValidationIssue issue : report.issues()) {
      actual.add(new Expected(issue.code(), issue.pointer(), issue.severity()));
    }
    List<String> problems = new ArrayList<>();
    if (!actual.equals(c.issues())) {
      problems.add("library: expected " + c.issues() + ", reported " + actual);
    }
    IssueSource source = switch (c.kind()) {
      case VALID -> null;
      case STRUCTURAL -> IssueSource.SCHEMA;
      case RULE -> IssueSource.RULE;
      case PARSER -> IssueSource.PARSER;
    };
    if (c.kind() == Kind.VALID != report.isValid()) {
      problems.add("library: expected " + (c.kind() == Kind.VALID ? "valid" : "invalid") + ", was not");
    }
    if (source == IssueSource.RULE || source == IssueSource.PARSER) {
      for (ValidationIssue issue : report.issues()) {
        if (issue.source() != source) {
          problems.add("library: " + issue.code() + " has the source " + issue.source() + ", expected " + source);
        }
      }
    }
    return problems;
  }

  private static List<String> networkntProblems(Case c, ValidationReport report) {
    Set<String> pointers = report.issues().stream().map(ValidationIssue::pointer).collect(Collectors.toCollection(TreeSet::new));
    List<String> problems = new ArrayList<>();
    if (c.kind() == Kind.VALID || c.kind() == Kind.RULE) {
      if (!report.isValid()) {
        problems.add("networknt: expected valid for the schema, reports errors at " + pointers);
      }
    } else if (report.isValid()) {
      problems.add("networknt: expected invalid for the schema, accepts it");
    } else {
      for (Expected e : c.issues()) {
        if (!pointers.contains(e.pointer())) {
          problems.add("networknt: expected an error at \"" + e.pointer() + "\" (" + e.code() + "), reports errors at " + pointers);
        }
      }
    }
    return problems;
  }

  static Path corpusDirectory() {
    URL url = CorpusTest.class.getResource("/corpus");
    assertThat(url).as("the corpus on the test class path").isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> cases() {
    try (Stream<Path> files = Files.list(corpusDirectory())) {
      List<Case> cases = new ArrayList<>();
      for (Path expectation : files.filter(p -> p.getFileName().toString().endsWith(".expect.json")).sorted().toList()) {
        String file = expectation.getFileName().toString();
        String name = file.substring(0, file.length() - ".expect.json".length());
        JsonNode expect = JSON.readTree(Files.readString(expectation, StandardCharsets.UTF_8));
        Set<Expected> issues = new LinkedHashSet<>();
        for (JsonNode issue : expect.path("issues")) {
          JsonNode severity = issue.get("severity");
          issues.add(new Expected(issue.get("code").asString(), issue.get("pointer").asString(),
              severity == null ? Severity.ERROR : Severity.valueOf(severity.asString())));
        }
        cases.add(new Case(name, expectation.resolveSibling(name + ".json"), expect.get("description").asString(),
            Kind.valueOf(expect.get("kind").asString().toUpperCase(Locale.ROOT)), issues));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
