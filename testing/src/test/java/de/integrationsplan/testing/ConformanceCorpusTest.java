package de.integrationsplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.Severity;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The corpus as {@link ConformanceCorpus} reads it, through the class loader, against the folder
 * it is made from ({@code src/main/resources/de/integrationsplan/testing/corpus}): the index names
 * exactly the folder's cases, every case is read byte for byte, and the expectations keep the
 * conventions of their kinds. The jar itself is read by {@code ConformanceCorpusJarIT}.
 *
 * <p>After adding or removing a case, rewrite the index with {@code -Dcorpus.reindex=true}.
 */
final class ConformanceCorpusTest {

  private static final Path FOLDER = Path.of("src/main/resources/de/integrationsplan/testing/corpus");

  /** The least number of cases of each kind the corpus must hold. */
  private static final Map<CaseKind, Integer> MINIMUM = Map.of(CaseKind.VALID, 15, CaseKind.STRUCTURAL, 40,
      CaseKind.RULE, 15, CaseKind.PARSER, 5);

  private static final int MINIMUM_CASES = 80;

  @Test
  void theIndexNamesExactlyTheCasesOfTheFolder() throws IOException {
    List<String> inFolder = new ArrayList<>(new TreeSet<>(casesInFolder()));
    Path index = FOLDER.resolve("index.txt");
    if (Boolean.getBoolean("corpus.reindex")) {
      List<String> lines = new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith("#")).toList());
      lines.addAll(inFolder);
      Files.write(index, lines, StandardCharsets.UTF_8);
    }
    assertThat(ConformanceCorpus.indexedNames())
        .as("the corpus's index.txt; rewrite it with -Dcorpus.reindex=true (see its first lines)")
        .containsExactlyElementsOf(inFolder);
  }

  @Test
  void everyDocumentHasAnExpectationAndEveryExpectationADocument() throws IOException {
    Set<String> names;
    try (Stream<Path> files = Files.list(FOLDER)) {
      names = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.txt"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    for (String name : names) {
      assertThat(name).as("file name").endsWith(".json");
      if (name.endsWith(".expect.json")) {
        assertThat(names).contains(name.substring(0, name.length() - ".expect.json".length()) + ".json");
      } else {
        assertThat(names).contains(name.substring(0, name.length() - ".json".length()) + ".expect.json");
      }
    }
  }

  @Test
  void readsEveryDocumentByteForByte() throws IOException {
    for (ConformanceCase c : ConformanceCorpus.load().cases()) {
      assertThat(c.document()).as("document of %s", c.name())
          .isEqualTo(Files.readAllBytes(FOLDER.resolve(c.name() + ".json")));
    }
  }

  @Test
  void readsTheCorpusThroughTheClassLoaderNotFromFiles() {
    URL index = ConformanceCorpus.class.getResource(ConformanceCorpus.INDEX);
    assertThat(index).as("the index as a resource of the class").isNotNull();
    assertThat(ConformanceCorpus.class.getClassLoader().getResource("de/integrationsplan/testing/corpus/index.txt"))
        .as("the index by its resource name").isEqualTo(index);
  }

  @Test
  void loadsOnceAndSharesTheCorpus() {
    assertThat(ConformanceCorpus.load()).isSameAs(ConformanceCorpus.load());
  }

  @Test
  void holdsEnoughCasesOfEveryKind() {
    ConformanceCorpus corpus = ConformanceCorpus.load();
    Map<CaseKind, Integer> counts = new EnumMap<>(CaseKind.class);
    for (CaseKind kind : CaseKind.values()) {
      counts.put(kind, corpus.cases(kind).size());
    }
    assertThat(corpus.cases()).as("cases in the corpus").hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
    for (CaseKind kind : CaseKind.values()) {
      assertThat(counts.get(kind)).as("cases of kind %s", kind).isGreaterThanOrEqualTo(MINIMUM.get(kind));
    }
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(corpus.cases().size());
    assertThat(corpus.toString()).contains(corpus.cases().size() + " cases");
  }

  @Test
  void expectationsKeepTheConventionsOfTheirKind() {
    for (ConformanceCase c : ConformanceCorpus.load().cases()) {
      Verdict expected = c.expected();
      assertThat(c.name()).as("name of %s", c.name()).startsWith(c.kind().name().toLowerCase(Locale.ROOT) + "-");
      assertThat(c.description()).as("description of %s", c.name()).isNotBlank();
      switch (c.kind()) {
        case VALID -> assertThat(expected.findings()).as("findings of %s", c.name()).isEmpty();
        case STRUCTURAL -> assertThat(expected.rules()).as("rule findings of %s", c.name()).isEmpty();
        case RULE -> {
          assertThat(expected.structural()).as("structural findings of %s", c.name()).isEmpty();
          assertThat(expected.rules()).as("findings of %s", c.name())
              .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        }
        case PARSER -> assertThat(expected.findings()).as("findings of %s", c.name()).hasSize(1)
            .allSatisfy(f -> assertThat(f.code()).startsWith("json."));
      }
      if (c.kind() == CaseKind.STRUCTURAL) {
        assertThat(expected.structural()).as("findings of %s", c.name()).isNotEmpty();
      }
    }
  }

  @Test
  void findsACaseByItsNameAndNoneByAnotherName() {
    ConformanceCorpus corpus = ConformanceCorpus.load();
    ConformanceCase first = corpus.cases().get(0);
    assertThat(corpus.find(first.name())).containsSame(first);
    assertThat(corpus.find("valid-no-such-case")).isEmpty();
  }

  @Test
  void givesEachCallerItsOwnCopyOfADocument() {
    ConformanceCase c = ConformanceCorpus.load().cases(CaseKind.VALID).get(0);
    byte[] document = c.document();
    document[0] = 'x';
    assertThat(c.document()[0]).isNotEqualTo((byte) 'x');
  }

  @Test
  void casesOfAKindAreThoseOfThatKindInOrder() {
    ConformanceCorpus corpus = ConformanceCorpus.load();
    for (CaseKind kind : CaseKind.values()) {
      assertThat(corpus.cases(kind)).allSatisfy(c -> assertThat(c.kind()).isEqualTo(kind))
          .isSortedAccordingTo(Comparator.comparing(ConformanceCase::name));
    }
  }

  private static List<String> casesInFolder() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expect.json"))
          .map(n -> n.substring(0, n.length() - ".expect.json".length())).toList();
    }
  }
}
