package de.integrationsplan.testing;

import de.integrationsplan.core.validation.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance corpus: valid plans, structural faults, rule faults and parser faults, each a
 * document with the findings every validator must report, as code and JSON Pointer. The library,
 * networknt and ajv agree on every case; it is the common ground of every software that reads or
 * writes integration plans.
 *
 * <pre>{@code
 * for (ConformanceCase c : ConformanceCorpus.load().cases()) {
 *   Verdict mine = Verdict.of(findingsOfMyValidator(c.document()));
 *   List<String> disagreements = c.disagreements(mine);      // empty: my validator agrees
 * }
 * }</pre>
 *
 * <p>The corpus is data in this module's jar, read through the class loader, never from files: it
 * works from a jar on the class path or the module path alike. Its index ({@value #INDEX}) names
 * the cases; each case is {@code <name>.json}, the document, and {@code <name>.expect.json},
 * {@code {"description", "kind", "issues": [{"code", "pointer", "severity"?}]}}, where the
 * severity is {@code ERROR} unless given. The same files are in the source repository under
 * {@code testing/src/main/resources/de/integrationsplan/testing/corpus/}, for tools outside the JVM.
 *
 * <p>The corpus is read once, on the first {@link #load()}; the instance is immutable and
 * thread-safe.
 */
public final class ConformanceCorpus {

  /** The folder of the corpus, relative to this class's package. */
  static final String FOLDER = "corpus/";

  /** The index: one case name a line, {@code #} comments and blank lines aside. */
  static final String INDEX = FOLDER + "index.txt";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final List<ConformanceCase> cases;
  private final Map<String, ConformanceCase> byName;

  private ConformanceCorpus(List<ConformanceCase> cases) {
    this.cases = List.copyOf(cases);
    Map<String, ConformanceCase> map = new TreeMap<>();
    for (ConformanceCase c : cases) {
      map.put(c.name(), c);
    }
    this.byName = map;
  }

  /** The corpus once it is read. */
  private static volatile @Nullable ConformanceCorpus loaded;

  /**
   * The corpus shipped with this module, read once.
   *
   * @return the corpus
   * @throws IllegalStateException if a file of the corpus is missing or malformed, naming it
   */
  public static ConformanceCorpus load() {
    ConformanceCorpus corpus = loaded;
    if (corpus == null) {
      synchronized (ConformanceCorpus.class) {
        corpus = loaded;
        if (corpus == null) {
          corpus = read();
          loaded = corpus;
        }
      }
    }
    return corpus;
  }

  /**
   * Every case, ordered by name (so parser cases first, then rule, structural and valid ones).
   *
   * @return the cases
   */
  public List<ConformanceCase> cases() {
    return cases;
  }

  /**
   * The cases of one kind, ordered by name.
   *
   * @param kind the kind
   * @return the cases of that kind
   */
  public List<ConformanceCase> cases(CaseKind kind) {
    Objects.requireNonNull(kind, "kind");
    return cases.stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * The case of a name.
   *
   * @param name a case's name, such as {@code valid-minimal-draft-plan}
   * @return the case, or empty when the corpus has none of that name
   */
  public Optional<ConformanceCase> find(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * The corpus in one line: how many cases of each kind.
   *
   * @return the line
   */
  @Override
  public String toString() {
    Map<CaseKind, Integer> counts = new TreeMap<>();
    for (ConformanceCase c : cases) {
      counts.merge(c.kind(), 1, Integer::sum);
    }
    return "ConformanceCorpus " + cases.size() + " cases " + counts;
  }

  /** The names in the index, in its order. */
  static List<String> indexedNames() {
    List<String> names = new ArrayList<>();
    try (InputStream in = open(INDEX);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus's " + INDEX, e);
    }
    return names;
  }

  private static ConformanceCorpus read() {
    Set<String> seen = new TreeSet<>();
    List<ConformanceCase> cases = new ArrayList<>();
    for (String name : indexedNames()) {
      if (!seen.add(name)) {
        throw new IllegalStateException("the corpus's " + INDEX + " names " + name + " twice");
      }
      cases.add(readCase(name));
    }
    cases.sort(Comparator.comparing(ConformanceCase::name));
    return new ConformanceCorpus(cases);
  }

  private static ConformanceCase readCase(String name) {
    String file = FOLDER + name + ".expect.json";
    JsonNode expect;
    byte[] document;
    try (InputStream in = open(file)) {
      expect = JSON.readTree(in);
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException("the corpus's " + file + " is not JSON", e);
    }
    try (InputStream in = open(FOLDER + name + ".json")) {
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus's " + FOLDER + name + ".json", e);
    }
    try {
      for (String property : expect.propertyNames()) {
        if (!Set.of("description", "kind", "issues").contains(property)) {
          throw new IllegalArgumentException("unknown property " + property);
        }
      }
      String description = text(expect, "description");
      CaseKind kind = CaseKind.named(text(expect, "kind"));
      if (!name.startsWith(kind.label() + "-")) {
        throw new IllegalArgumentException("the name does not start with its kind, " + kind.label() + "-");
      }
      List<Finding> findings = new ArrayList<>();
      JsonNode issues = expect.get("issues");
      if (issues == null || !issues.isArray()) {
        throw new IllegalArgumentException("issues is not a list");
      }
      for (JsonNode issue : issues) {
        JsonNode severity = issue.get("severity");
        findings.add(new Finding(text(issue, "code"), text(issue, "pointer"),
            severity == null ? Severity.ERROR : Severity.valueOf(severity.asString())));
      }
      return new ConformanceCase(name, kind, description, document, Verdict.of(findings));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the corpus's " + file + " is malformed: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String property) {
    JsonNode value = node.get(property);
    if (value == null || !value.isString() || value.asString().isBlank() && !property.equals("pointer")) {
      throw new IllegalArgumentException(property + " is not a text");
    }
    return value.asString();
  }

  private static InputStream open(String resource) {
    InputStream in = ConformanceCorpus.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the corpus's " + resource + " is missing from the integrationsplan-testing jar");
    }
    return in;
  }
}
