package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.testing.ConformanceCase;
import de.integrationsplan.testing.ConformanceCorpus;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus is read from the built jar, {@code testing/target/integrationsplan-testing-*.jar}, not
 * from a folder: on the class path of this test (failsafe puts the jar there instead of
 * {@code target/classes}), and on the module path of a child JVM, as a vendor's program on the
 * module path reads it, with the corpus's files encapsulated in the module. Both give every case
 * of the source folder, byte for byte. Run by failsafe after {@code package}.
 */
final class ConformanceCorpusJarIT {

  private static final Path FOLDER = Path.of("src/main/resources/de/integrationsplan/testing/corpus");

  private static Path jar;
  private static List<String> expected;

  @BeforeAll
  static void findTheJarAndTheCases() throws IOException {
    jar = Path.of(System.getProperty("testing.jar", "target/integrationsplan-testing.jar")).toAbsolutePath();
    assertThat(jar).isRegularFile();
    List<String> names;
    try (Stream<Path> files = Files.list(FOLDER)) {
      names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".expect.json"))
          .map(f -> f.substring(0, f.length() - ".expect.json".length())).sorted().toList();
    }
    expected = new ArrayList<>();
    for (String name : names) {
      String kind = name.substring(0, name.indexOf('-')).toUpperCase(Locale.ROOT);
      expected.add(name + " " + kind + " " + Files.size(FOLDER.resolve(name + ".json")));
    }
    assertThat(expected).hasSizeGreaterThan(100);
  }

  @Test
  void readsEveryCaseFromTheJarOnTheClassPath() throws URISyntaxException {
    Path loadedFrom = Path.of(ConformanceCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(loadedFrom).as("where ConformanceCorpus comes from").isEqualTo(jar);

    List<String> read = new ArrayList<>();
    for (ConformanceCase c : ConformanceCorpus.load().cases()) {
      read.add(c.name() + " " + c.kind() + " " + c.document().length);
    }
    assertThat(read).containsExactlyElementsOf(expected);
  }

  @Test
  void readsEveryCaseFromTheJarOnTheModulePath(@TempDir Path dir) throws IOException, InterruptedException {
    String dependencies = Files.readString(Path.of(System.getProperty("testing.dependencies",
        "target/runtime-dependencies.txt")), StandardCharsets.UTF_8).strip();
    String modulePath = jar + (dependencies.isEmpty() ? "" : File.pathSeparator + dependencies);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath, "--add-modules", "de.integrationsplan.testing",
        "-cp", Path.of("target", "test-classes").toString(), ListCorpus.class.getName())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child JVM finishes").isTrue();
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as("exit of the child JVM; its error output:%n%s", errors).isZero();

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).startsWith("module de.integrationsplan.testing", "resources visible outside false");
    assertThat(lines.subList(2, lines.size())).containsExactlyElementsOf(expected);
  }
}
