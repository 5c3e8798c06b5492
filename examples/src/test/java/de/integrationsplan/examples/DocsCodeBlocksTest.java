package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.examples.MarkdownPages.Block;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block in README.md and docs/*.md says by its info string what holds it to the code, and
 * every {@code java} block is compiled code: it appears line for line, indentation aside, in a
 * source of this module, which the build compiles and whose tests run it. A doc that drifts from
 * its source fails here, naming the page and line.
 */
final class DocsCodeBlocksTest {

  /**
   * The info strings in use, with what holds each: java here; console and sh by the cli module's
   * DocsIT (and .ci/run); xml and kotlin by DocsBuildSnippetsTest; text is illustrative only.
   */
  private static final Set<String> KNOWN = Set.of("java", "console", "sh", "xml", "kotlin", "text");

  private static final Path SOURCES = Path.of("src");

  @Test
  void everyBlockHasAKnownInfoString() {
    List<String> unmarked = MarkdownPages.pagesWithCode().stream()
        .flatMap(page -> MarkdownPages.blocks(page).stream())
        .filter(block -> !KNOWN.contains(block.info()))
        .map(block -> block.where() + " has the info string \"" + block.info() + "\"")
        .collect(Collectors.toList());
    assertThat(unmarked).as("blocks must be marked as one of %s", KNOWN).isEmpty();
  }

  @Test
  void theDocsShowJavaCode() {
    assertThat(javaBlocks()).hasSizeGreaterThanOrEqualTo(6);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockIsCompiledSourceOfTheExamples() {
    Map<Path, List<String>> sources = sources();
    return javaBlocks().stream().map(block -> DynamicTest.dynamicTest(block.where() + " is compiled source", () -> {
      List<Path> found = sources.entrySet().stream()
          .filter(source -> contains(source.getValue(), block.lines()))
          .map(Map.Entry::getKey)
          .collect(Collectors.toList());
      assertThat(found)
          .as("%s: this java block appears line for line in no source under examples/src; change the source"
              + " and the doc together:%n%s", block.where(), String.join("\n", block.lines()))
          .isNotEmpty();
    }));
  }

  @Test
  void findsABlockOnlyWithEveryLineInPlace() {
    List<String> source = List.of("class A {", "  void a() {", "    int x = 1;", "", "    int y = 2;", "  }", "}");
    assertThat(contains(source, List.of("int x = 1;", "", "int y = 2;"))).isTrue();
    assertThat(contains(source, List.of("int x = 1;", "int y = 2;"))).isFalse();
    assertThat(contains(source, List.of("int x = 1;", "", "int y = 3;"))).isFalse();
    assertThat(contains(source, List.of("void a() {", "int x = 1;"))).isFalse(); // indentation is kept within
  }

  /**
   * Whether {@code block} is a run of consecutive lines of {@code source}, each indented by the
   * same prefix as the first: the block is code at some depth of the source, nothing else changed.
   */
  static boolean contains(List<String> source, List<String> block) {
    if (block.isEmpty()) {
      return false;
    }
    String first = block.get(0);
    for (int i = 0; i + block.size() <= source.size(); i++) {
      String line = source.get(i);
      if (!line.endsWith(first) || !line.substring(0, line.length() - first.length()).isBlank()) {
        continue;
      }
      String indent = line.substring(0, line.length() - first.length());
      boolean all = true;
      for (int k = 1; k < block.size() && all; k++) {
        String expected = block.get(k);
        String actual = source.get(i + k);
        all = expected.isBlank() ? actual.isBlank() : actual.equals(indent + expected);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static List<Block> javaBlocks() {
    return MarkdownPages.pagesWithCode().stream()
        .flatMap(page -> MarkdownPages.blocks(page).stream())
        .filter(block -> block.info().equals("java"))
        .collect(Collectors.toList());
  }

  private static Map<Path, List<String>> sources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      Map<Path, List<String>> sources = new TreeMap<>();
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        try {
          sources.put(p, Files.readAllLines(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
