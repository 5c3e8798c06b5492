package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.examples.MarkdownPages.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Maven and Gradle snippets of the docs name artifacts that exist: every {@code de.integrationsplan}
 * artifact in an {@code xml} or {@code kotlin} block is the BOM or one of the artifacts the BOM
 * manages, and every version given is the build's. A renamed module or a new version fails here.
 */
final class DocsBuildSnippetsTest {

  private static final Pattern XML_DEPENDENCY = Pattern.compile(
      "<groupId>de\\.integrationsplan</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:\\s*<version>([^<]+)</version>)?");
  private static final Pattern GRADLE_DEPENDENCY = Pattern.compile("\"de\\.integrationsplan:([^:\"]+)(?::([^\"]+))?\"");

  /** One artifact a snippet names, with the version it gives, or null. */
  record Named(String where, String artifact, String version) {}

  @Test
  void theReadmeShowsTheBomForMavenAndGradle() {
    List<Named> named = named();
    assertThat(named).filteredOn(n -> n.artifact().equals("integrationsplan-bom"))
        .extracting(Named::version).hasSizeGreaterThanOrEqualTo(2).containsOnly(Bom.VERSION);
  }

  @TestFactory
  Stream<DynamicTest> everyArtifactNamedIsOneOfTheBuild() {
    return named().stream().map(n -> DynamicTest.dynamicTest(n.where() + " " + n.artifact(), () -> {
      assertThat(Bom.ARTIFACTS).as("%s names %s, which the BOM does not manage", n.where(), n.artifact())
          .contains(n.artifact());
      if (n.version() != null) {
        assertThat(n.version()).as("%s: the version of %s", n.where(), n.artifact()).isEqualTo(Bom.VERSION);
      }
    }));
  }

  private static List<Named> named() {
    List<Named> named = new ArrayList<>();
    for (Block block : MarkdownPages.pagesWithCode().stream()
        .flatMap(page -> MarkdownPages.blocks(page).stream()).collect(Collectors.toList())) {
      Pattern pattern = switch (block.info()) {
        case "xml" -> XML_DEPENDENCY;
        case "kotlin" -> GRADLE_DEPENDENCY;
        default -> null;
      };
      if (pattern != null) {
        Matcher m = pattern.matcher(String.join("\n", block.lines()));
        while (m.find()) {
          named.add(new Named(block.where(), m.group(1), m.group(2)));
        }
      }
    }
    return named;
  }

  /** The BOM, {@code bom/pom.xml}: its version and the artifacts it manages, itself included. */
  private static final class Bom {
    static final String VERSION;
    static final List<String> ARTIFACTS = new ArrayList<>();

    static {
      try {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(MarkdownPages.ROOT.resolve("bom/pom.xml").toFile());
        Element project = pom.getDocumentElement();
        VERSION = child(project, "version");
        ARTIFACTS.add(child(project, "artifactId"));
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
          ARTIFACTS.add(child((Element) dependencies.item(i), "artifactId"));
        }
      } catch (Exception e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private static String child(Element parent, String name) {
      NodeList children = parent.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
          return e.getTextContent().strip();
        }
      }
      throw new IllegalStateException("bom/pom.xml: no <" + name + "> in <" + parent.getTagName() + ">");
    }
  }
}
