package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive, {@code cli/target/integrationsplan-VERSION.tar.gz}: what it holds, and
 * that its launcher, unpacked anywhere, runs the command, makes its archive of classes on the first
 * run and uses it on the next. Run by failsafe after {@code package}.
 */
final class DistributionIT {

  @TempDir
  static Path dir;

  private static Path archive;
  private static String base;

  @BeforeAll
  static void findArchive() {
    archive = Path.of(System.getProperty("integrationsplan.distribution",
        "target/integrationsplan-" + System.getProperty("project.version") + ".tar.gz")).toAbsolutePath();
    base = "integrationsplan-" + System.getProperty("project.version") + "/";
    assertThat(archive).isNotEmptyFile();
  }

  @Test
  void holdsTheLauncherTheJarTheExamplesTheLicenceAndAReadme() throws Exception {
    Processes.Run list = Processes.run(dir, Map.of(), List.of("tar", "tzvf", archive.toString()));

    assertThat(list.exitCode()).isZero();
    List<String> lines = list.out().lines().toList();
    List<String> names = lines.stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    assertThat(names).contains(base + "bin/integrationsplan", base + "lib/integrationsplan.jar", base + "LICENSE",
        base + "README.md", base + "examples/mannheim-afghanistan-literacy.json");
    assertThat(names).allMatch(n -> n.startsWith(base));
    assertThat(names).filteredOn(n -> n.startsWith(base + "examples/")).allMatch(n -> n.endsWith(".json"));
    assertThat(names).noneMatch(n -> n.endsWith(".jsa")); // it fits one path only: made where it is unpacked
    assertThat(lines).filteredOn(l -> l.endsWith(base + "bin/integrationsplan")).singleElement().asString()
        .startsWith("-rwxr-xr-x");
  }

  @Test
  void runsUnpackedAnywhereAndMakesItsArchiveOnTheFirstRun() throws Exception {
    Path target = Files.createDirectories(dir.resolve("unpacked here"));
    assertThat(Processes.run(target, Map.of(), List.of("tar", "xzf", archive.toString())).exitCode()).isZero();
    Path home = target.resolve(base);
    Path script = home.resolve("bin/integrationsplan");
    Path jsa = home.resolve("lib/integrationsplan.jsa");
    Path plan = Plans.write(dir.resolve("plan.json"), Plans.withRuleErrors());

    Processes.Run first = Processes.run(dir, Map.of(), List.of(script.toString(), "validate", "--lang", "de",
        plan.toString()));
    Processes.Run second = Processes.run(dir, Map.of("JAVA_OPTS", "-Xshare:on"), List.of(script.toString(),
        "validate", "--lang", "de", plan.toString()));
    Processes.Run examples = Processes.run(home, Map.of(), List.of("bin/integrationsplan", "validate", "examples"));

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.err()).isEmpty();
    assertThat(jsa).isNotEmptyFile();
    assertThat(home.resolve("lib")).isDirectoryNotContaining("glob:**.jsa.*");
    assertThat(second.exitCode()).as(second.err()).isEqualTo(1);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
    assertThat(examples.exitCode()).isZero();
    assertThat(examples.out()).endsWith(" 0 ungültig, 0 Fehler, 0 Warnungen\n");
  }
}
