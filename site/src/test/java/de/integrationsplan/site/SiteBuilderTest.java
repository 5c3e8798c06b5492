package de.integrationsplan.site;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.validation.Codes;
import de.integrationsplan.schema.PlanSchema;
import de.integrationsplan.site.export.ModelExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site as the build writes it, held against the sources it is made from: the published schema,
 * the code-list catalogue and the code catalogue, each read independently of the site's own export.
 */
final class SiteBuilderTest {

  private static final Path REPOSITORY = Path.of("..");
  private static final Pattern HREF = Pattern.compile("(?:href)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

  @TempDir
  static Path work;

  private static Path site;

  @BeforeAll
  static void build() throws IOException {
    Path export = work.resolve("export");
    site = work.resolve("site");
    ModelExport.export(export);
    assertThat(SiteBuilder.build(export, REPOSITORY, site)).isGreaterThan(100);
  }

  @Test
  void showsEveryPropertyOfThePublishedSchemaWithItsDataProtectionClassInBothLanguages() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    for (String version : PlanSchema.versions()) {
      JsonNode schema = mapper.readTree(PlanSchema.text(version));
      Map<String, JsonNode> objects = new HashMap<>();
      objects.put("IntegrationPlan", schema);
      schema.get("$defs").properties().forEach(e -> {
        if (e.getValue().has("properties")) {
          objects.put(e.getKey(), e.getValue());
        }
      });
      for (Map.Entry<String, JsonNode> type : objects.entrySet()) {
        for (String language : SiteBuilder.LANGUAGES) {
          String page = read(language + "/" + version + "/" + type.getKey() + ".html");
          String classLabel = SiteBuilder.texts(language).get("pd." + "ordinary");
          assertThat(classLabel).isNotBlank();
          type.getValue().get("properties").properties().forEach(p -> {
            String personalData = p.getValue().path("x-personal-data").asString();
            assertThat(page)
                .as("%s %s.%s in %s", version, type.getKey(), p.getKey(), language)
                .contains("<section class=\"property\" id=\"" + p.getKey() + "\">")
                .contains("class=\"pd pd-" + personalData + "\"");
          });
        }
      }
    }
  }

  @Test
  void givesTheSchemaVersionOfEachFormatAsItsExampleValue() throws IOException {
    for (String version : PlanSchema.versions()) {
      String page = read("en/" + version + "/IntegrationPlan.html");
      String section = page.substring(page.indexOf("id=\"schemaVersion\""));
      section = section.substring(0, section.indexOf("</section>"));
      assertThat(section).contains("&quot;" + version + "&quot;</code>");
    }
  }

  @Test
  void listsEveryCodeOfEveryCodeListInBothLanguages() throws IOException {
    for (CodeList list : CodeListCatalogue.standard().all()) {
      for (String language : SiteBuilder.LANGUAGES) {
        String page = read(language + "/codelists/" + list.id() + ".html");
        for (Code code : list.codes()) {
          assertThat(page).contains("id=\"" + code.code() + "\"")
              .contains(escape(code.name(Locale.forLanguageTag(language))));
        }
        for (var version : list.versions()) {
          assertThat(page).contains("id=\"version-" + version.id() + "\"");
        }
      }
    }
  }

  @Test
  void explainsEveryRuleCodeInBothLanguages() throws IOException {
    for (String language : SiteBuilder.LANGUAGES) {
      String page = read(language + "/rules.html");
      for (String code : Codes.all()) {
        assertThat(page).contains("id=\"" + code + "\"")
            .contains(escape(Codes.explain(code, Locale.forLanguageTag(language)).meaning()));
      }
    }
  }

  @Test
  void everyLinkWithinTheSiteReachesAPageAndAnchorThatExist() throws IOException {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
    Map<Path, Set<String>> ids = new HashMap<>();
    for (Path page : pages) {
      ids.put(page.normalize(), ID.matcher(Files.readString(page)).results().map(m -> m.group(1)).collect(Collectors.toSet()));
    }
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      Matcher m = HREF.matcher(Files.readString(page));
      while (m.find()) {
        String href = m.group(1).replace("&amp;", "&");
        if (href.matches("^[a-z]+:.*")) {
          continue;
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        Path target = file.isEmpty() ? page.normalize() : page.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
          broken.add(site.relativize(page) + " -> " + href);
        } else if (hash >= 0 && target.toString().endsWith(".html") && !ids.get(target).contains(href.substring(hash + 1))) {
          broken.add(site.relativize(page) + " -> " + href + " (no such anchor)");
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void sendsTheMigrationNotesLinksToOtherPagesToTheRepository() {
    assertThat(MigrationNotes.rewrite("design-format-2.md")).isEqualTo(MigrationNotes.REPOSITORY + "docs/design-format-2.md");
    assertThat(MigrationNotes.rewrite("validation.md#findings")).isEqualTo(MigrationNotes.REPOSITORY + "docs/validation.md#findings");
    assertThat(MigrationNotes.rewrite("../CHANGELOG.md")).isEqualTo(MigrationNotes.REPOSITORY + "CHANGELOG.md");
    assertThat(MigrationNotes.rewrite("#in-java")).isEqualTo("#in-java");
    assertThat(MigrationNotes.rewrite("https://example.org/x")).isEqualTo("https://example.org/x");
  }

  private static String read(String path) throws IOException {
    return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
  }

  /** As Pebble's HTML escaping writes text. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
