package de.integrationsplan.schema.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import de.integrationsplan.core.codelist.CodeListCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published code lists ({@code src/main/resources/de/integrationsplan/schema/codelists/}) are
 * generated from the standard catalogue ({@link CodeListFiles#all}) and committed; this test fails
 * when the committed files are not what the catalogue gives, or when a file is left over. Regenerate
 * them with {@value #REGENERATE}.
 */
final class PublishedCodeListsTest {

  static final String REGENERATE = "mvn -B -o -q -pl schema -am test -Dtest=PublishedCodeListsTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dcodelists.write=true";

  private static final Path FOLDER = Path.of("src/main/resources/de/integrationsplan/schema/codelists");

  @Test
  void theCommittedFilesAreTheCatalogue() throws IOException {
    Map<String, String> expected = CodeListFiles.all(CodeListCatalogue.standard());
    if (Boolean.getBoolean("codelists.write")) {
      write(expected);
    }
    assertThat(FOLDER).isDirectory();
    assertThat(committed())
        .as("the published code lists are out of date; regenerate them with%n  %s", REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void theJarHoldsTheCommittedFiles() throws IOException {
    // the class path was copied before this run wrote the files; the next build holds them
    assumeFalse(Boolean.getBoolean("codelists.write"), "the files were just written");
    for (Map.Entry<String, String> file : committed().entrySet()) {
      try (InputStream in = CodeListFiles.open(CodeListFiles.RESOURCE_FOLDER + file.getKey()).orElseThrow()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(file.getKey()).isEqualTo(file.getValue());
      }
    }
    assertThat(CodeListFiles.open(CodeListFiles.RESOURCE_FOLDER + CodeListFiles.INDEX)).isPresent();
    assertThat(CodeListFiles.open("/de/integrationsplan/schema/integration-plan.schema.json")).isEmpty();
  }

  @Test
  void anEmptyCatalogueIsAnIndexAlone() {
    CodeListCatalogue empty = de.integrationsplan.core.internal.codelist.Catalogues.load(PublishedCodeListsTest.class,
        "/de/integrationsplan/schema/codelist/empty-lists/");
    assertThat(CodeListFiles.all(empty)).containsExactly(Map.entry("index.json", "{\n  \"codeLists\": [ ]\n}\n"));
  }

  @Test
  void theFixtureListsGiveTwoFilesPerVersionAndTheIndex() {
    assertThat(CodeListFiles.all(Catalogues.fixtures()).keySet()).containsExactly(
        "index.json", "measure-kind/2026-12-01.gc", "measure-kind/2026-12-01.json",
        "residence/2026-11-25.gc", "residence/2026-11-25.json", "residence/2026-12-01.gc",
        "residence/2026-12-01.json", "residence/2027-03-01.gc", "residence/2027-03-01.json");
  }

  @Test
  void theOutputIsDeterministic() {
    assertThat(CodeListFiles.all(Catalogues.fixtures())).isEqualTo(CodeListFiles.all(Catalogues.fixtures()))
        .allSatisfy((path, text) -> {
          assertThat(text).doesNotContain("\r").doesNotContain("\t").endsWith("\n");
        });
  }

  private static Map<String, String> committed() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(FOLDER)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(FOLDER.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** Writes the files anew: every file of the folder goes first, so that none of a removed version is left. */
  private static void write(Map<String, String> files) throws IOException {
    if (Files.exists(FOLDER)) {
      try (Stream<Path> paths = Files.walk(FOLDER)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = FOLDER.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
