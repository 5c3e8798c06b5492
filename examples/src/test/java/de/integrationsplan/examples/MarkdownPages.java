package de.integrationsplan.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's documentation pages and their fenced code blocks, read as the tests that hold the
 * docs to the code need them: README.md and docs/*.md, with each block's info string and line.
 */
final class MarkdownPages {

  /** The root of the clone: the examples module's tests run in {@code examples/}. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private MarkdownPages() {}

  /** A fenced code block: the page, the line of its opening fence, its info string and its lines. */
  record Block(Path page, int line, String info, List<String> lines) {
    /** Where the block is, as a reader finds it: {@code docs/privacy.md:15}. */
    String where() {
      return ROOT.relativize(page) + ":" + line;
    }
  }

  /** The pages whose code blocks are held to the code: README.md, then docs/*.md by name. */
  static List<Path> pagesWithCode() {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** Every page whose links must resolve: those with code, the changelog and the benchmark results. */
  static List<Path> pagesWithLinks() {
    List<Path> pages = new ArrayList<>(pagesWithCode());
    pages.add(ROOT.resolve("CHANGELOG.md"));
    pages.add(ROOT.resolve("benchmarks/RESULTS.md"));
    return pages;
  }

  static List<String> lines(Path page) {
    try {
      return Files.readAllLines(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced blocks of a page; a fence is a line that starts, after indentation, with three backticks. */
  static List<Block> blocks(Path page) {
    List<String> lines = lines(page);
    List<Block> blocks = new ArrayList<>();
    int open = -1;
    String info = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.startsWith("```")) {
        continue;
      }
      if (open < 0) {
        open = i;
        info = line.substring(3).strip();
      } else {
        blocks.add(new Block(page, open + 1, info, List.copyOf(lines.subList(open + 1, i))));
        open = -1;
      }
    }
    if (open >= 0) {
      throw new AssertionError(page + ":" + (open + 1) + ": a code block is never closed");
    }
    return blocks;
  }

  /** The lines of a page outside its code blocks, numbered from 1; code lines are blank. */
  static List<String> prose(Path page) {
    List<String> lines = new ArrayList<>(lines(page));
    boolean inside = false;
    for (int i = 0; i < lines.size(); i++) {
      boolean fence = lines.get(i).strip().startsWith("```");
      if (inside || fence) {
        lines.set(i, "");
      }
      if (fence) {
        inside = !inside;
      }
    }
    return lines;
  }
}
