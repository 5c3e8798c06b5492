package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The licences of the libraries shaded into {@code cli/target/integrationsplan.jar}: every library of
 * the runtime scope (as {@code dependency:list} wrote them at {@code package}) has a line in the
 * jar's {@code META-INF/THIRD-PARTY.txt}, and the licence text that line names is in the jar; the
 * distribution archive holds the same list and texts beside {@code lib/}. Run by failsafe after
 * {@code package}.
 */
final class LicencesIT {

  /** {@code   org.slf4j:slf4j-api:jar:2.0.17:compile -- module org.slf4j}, as dependency:list writes it. */
  private static final Pattern LISTED = Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):jar:.*$", Pattern.MULTILINE);

  /** {@code org.slf4j:slf4j-api   MIT   META-INF/licenses/MIT-SLF4J.txt}. */
  private static final Pattern THIRD_PARTY = Pattern.compile("^([\\w.-]+:[\\w.-]+)\\s+(\\S+)\\s+(META-INF/\\S+)$",
      Pattern.MULTILINE);

  @TempDir
  static Path dir;

  private static Path jar;
  private static List<String> shaded;

  @BeforeAll
  static void findJarAndDependencies() throws IOException {
    jar = Path.of(System.getProperty("integrationsplan.jar", "target/integrationsplan.jar"));
    Path list = Path.of(System.getProperty("integrationsplan.shadedDependencies", "target/shaded-dependencies.txt"));
    assertThat(jar).isNotEmptyFile();
    assertThat(list).isNotEmptyFile();
    Matcher m = LISTED.matcher(Files.readString(list, StandardCharsets.UTF_8));
    shaded = m.results().map(r -> r.group(1) + ":" + r.group(2)).toList();
    assertThat(shaded).as("the libraries in the jar").contains("org.slf4j:slf4j-api", "info.picocli:picocli");
  }

  private static Map<String, String> licenceFiles(String thirdParty) {
    Map<String, String> files = new TreeMap<>();
    THIRD_PARTY.matcher(thirdParty).results().forEach(r -> files.put(r.group(1), r.group(3)));
    return files;
  }

  @Test
  void theJarHoldsALicenceTextForEveryShadedLibrary() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      ZipEntry list = file.getEntry("META-INF/THIRD-PARTY.txt");
      assertThat(list).as("META-INF/THIRD-PARTY.txt").isNotNull();
      Map<String, String> files = licenceFiles(new String(file.getInputStream(list).readAllBytes(),
          StandardCharsets.UTF_8));

      assertThat(files).as("THIRD-PARTY.txt names every shaded library").containsKeys(shaded.toArray(String[]::new));
      for (String library : shaded) {
        ZipEntry text = file.getEntry(files.get(library));
        assertThat(text).as("the licence of %s, %s", library, files.get(library)).isNotNull();
        assertThat(text.getSize()).as("the licence of %s", library).isGreaterThan(500);
      }
      assertThat(file.getEntry("META-INF/NOTICE")).as("the merged NOTICE of the Apache-licensed libraries").isNotNull();
    }
  }

  @Test
  void theSlf4jLicenceIsItsOwnMitText() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String text = new String(file.getInputStream(file.getEntry("META-INF/licenses/MIT-SLF4J.txt")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(text).contains("QOS.ch", "Permission is hereby granted, free  of charge");
    }
  }

  @Test
  void theDistributionArchiveHoldsTheListAndTheTextsBesideTheJar() throws Exception {
    String version = System.getProperty("project.version");
    Path archive = Path.of(System.getProperty("integrationsplan.distribution",
        "target/integrationsplan-" + version + ".tar.gz")).toAbsolutePath();
    String base = "integrationsplan-" + version + "/";
    Processes.Run list = Processes.run(dir, Map.of(), List.of("tar", "tzf", archive.toString()));

    assertThat(list.exitCode()).isZero();
    List<String> names = list.out().lines().toList();
    assertThat(names).contains(base + "THIRD-PARTY.txt", base + "licenses/Apache-2.0.txt",
        base + "licenses/MIT-SLF4J.txt");
  }
}
