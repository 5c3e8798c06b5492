package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every relative link in the README, docs/, the changelog and the benchmark results leads to a file
 * that exists and, with a {@code #fragment}, to a heading of that page, by GitHub's rule for
 * heading anchors. Moving a section without its links fails here.
 */
final class DocsLinksTest {

  private static final Pattern CODE_SPAN = Pattern.compile("(`+)[\\s\\S]*?(?<!`)\\1(?!`)");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  @TestFactory
  Stream<DynamicTest> everyRelativeLinkResolves() {
    return MarkdownPages.pagesWithLinks().stream().map(page ->
        DynamicTest.dynamicTest(MarkdownPages.ROOT.relativize(page) + " links to what exists", () -> {
          List<String> broken = new ArrayList<>();
          List<String> prose = MarkdownPages.prose(page);
          for (int i = 0; i < prose.size(); i++) {
            Matcher m = LINK.matcher(CODE_SPAN.matcher(prose.get(i)).replaceAll(""));
            while (m.find()) {
              String problem = problem(page, m.group(1));
              if (problem != null) {
                broken.add(MarkdownPages.ROOT.relativize(page) + ":" + (i + 1) + " " + m.group(1) + ": " + problem);
              }
            }
          }
          assertThat(broken).isEmpty();
        }));
  }

  @Test
  void makesAnchorsAsGitHubDoes() {
    assertThat(anchors(List.of("## Statistics at a *Stichtag*", "## Synthetic plans, redaction and statistics",
        "# Integrationsplan SDK: documentation", "## Modules", "## Modules", "## Zielerreichung `Achievement`")))
        .containsExactly("statistics-at-a-stichtag", "synthetic-plans-redaction-and-statistics",
            "integrationsplan-sdk-documentation", "modules", "modules-1", "zielerreichung-achievement");
  }

  private static String problem(Path page, String target) {
    if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
      return null; // https:, mailto: — not checked offline
    }
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    if (!Files.exists(resolved)) {
      return "no such file " + MarkdownPages.ROOT.relativize(resolved);
    }
    if (hash < 0) {
      return null;
    }
    if (!resolved.toString().endsWith(".md")) {
      return "a fragment on a page that is not Markdown";
    }
    String fragment = target.substring(hash + 1);
    return anchors(MarkdownPages.prose(resolved)).contains(fragment) ? null : "no heading with the anchor #" + fragment;
  }

  /** The anchors of the headings, by GitHub's rule: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
  static Set<String> anchors(List<String> lines) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : lines) {
      Matcher m = HEADING.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(n == 0 ? slug : slug + "-" + n);
    }
    return anchors;
  }
}
