package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/integrationsplan} as people call it: from the clone, through a symbolic
 * link, from another folder, with arguments that hold spaces and quotes; its exit codes; and that an
 * archive of classes that is missing or does not fit costs no word on standard error. Run by
 * failsafe after {@code package}, which made the jar and the archive.
 */
final class LauncherIT {

  @TempDir
  static Path dir;

  private static Path launcher;
  private static Path jar;
  private static Path repo;

  @BeforeAll
  static void findLauncher() {
    launcher = Path.of(System.getProperty("integrationsplan.launcher", "../bin/integrationsplan")).toAbsolutePath()
        .normalize();
    jar = Path.of(System.getProperty("integrationsplan.jar", "target/integrationsplan.jar")).toAbsolutePath();
    repo = launcher.getParent().getParent();
    assertThat(launcher).isExecutable();
    assertThat(jar).exists();
  }

  private static Processes.Run run(Path cwd, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    return Processes.run(cwd, env, command);
  }

  private static Processes.Run launcher(String... args) throws IOException, InterruptedException {
    return launcher(launcher, repo, Map.of(), args);
  }

  private static Processes.Run launcher(Path script, Path cwd, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    return run(cwd, env, command);
  }

  private static Processes.Run javaJar(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    return run(repo, Map.of(), command);
  }

  /** A copy of the clone's layout, bin/ and cli/target/, with the jar and, if given, an archive. */
  private static Path cloneLayout(String name) throws IOException {
    Path home = dir.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("cli/target"));
    Files.copy(launcher, home.resolve("bin/integrationsplan"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(jar, home.resolve("cli/target/integrationsplan.jar"));
    return home;
  }

  @Test
  void printsWhatJavaDashJarPrintsOnTheExamplePlans() throws Exception {
    Processes.Run viaLauncher = launcher("validate", "examples/plans/valid");
    Processes.Run viaJar = javaJar("validate", "examples/plans/valid");

    assertThat(viaLauncher.exitCode()).isZero();
    assertThat(viaLauncher.out()).isEqualTo(viaJar.out()).endsWith(" 0 ungültig, 0 Fehler, 0 Warnungen\n");
    assertThat(viaLauncher.err()).isEmpty();
  }

  @Test
  void usesTheArchiveThatTheBuildMade() throws Exception {
    Path jsa = jar.resolveSibling("integrationsplan.jsa");
    assertThat(jsa).isNotEmptyFile();

    // -Xshare:on ends the JVM with an error when the archive cannot be mapped
    Processes.Run run = launcher(launcher, repo, Map.of("JAVA_OPTS", "-Xshare:on"), "validate", "examples/plans/valid");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void worksThroughASymbolicLinkFromAnotherFolder() throws Exception {
    // not in the @TempDir, whose clean-up warns of links that lead out of it
    Path links = Files.createTempDirectory("links");
    Path link = Files.createSymbolicLink(links.resolve("ip"), launcher);
    Path relativeLink = Files.createSymbolicLink(links.resolve("ip-relative"), links.relativize(launcher));
    Path linkToLink = Files.createSymbolicLink(links.resolve("ip-twice"), link);
    Path plan = Plans.write(dir.resolve("elsewhere/plan.json"), Plans.complete());
    try {
      for (Path script : List.of(link, relativeLink, linkToLink)) {
        Processes.Run run = launcher(script, plan.getParent(), Map.of(), "validate", "--lang", "en", "plan.json");

        assertThat(run.exitCode()).as(script + ": " + run.err()).isZero();
        assertThat(run.out()).isEqualTo("plan.json: valid\n1 file checked, 0 invalid, 0 errors, 0 warnings\n");
        assertThat(run.err()).isEmpty();
      }
    } finally {
      for (Path p : List.of(linkToLink, relativeLink, link, links)) {
        Files.delete(p);
      }
    }
  }

  @Test
  void passesArgumentsWithSpacesAndQuotesUnchanged() throws Exception {
    Path plan = Plans.write(dir.resolve("with space/it's \"a\" plan $HOME *.json"), Plans.withRuleErrors());

    Processes.Run run = launcher("validate", "--lang", "de", plan.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().toList()).first().asString().startsWith(plan + ":");
    assertThat(run.out()).isEqualTo(javaJar("validate", "--lang", "de", plan.toString()).out());
  }

  @Test
  void keepsTheExitCodes() throws Exception {
    Path valid = Plans.write(dir.resolve("codes/valid.json"), Plans.complete());
    Path invalid = Plans.write(dir.resolve("codes/invalid.json"), Plans.withRuleErrors());

    assertThat(launcher("validate", valid.toString()).exitCode()).isZero();
    assertThat(launcher("validate", invalid.toString()).exitCode()).isEqualTo(1);
    assertThat(launcher("validate", dir.resolve("codes/missing.json").toString()).exitCode()).isEqualTo(2);
    assertThat(launcher("--no-such-option").exitCode()).isEqualTo(2);
  }

  @Test
  void honoursJavaOptsAfterItsOwnOptions() throws Exception {
    Processes.Run run = launcher(launcher, repo, Map.of("JAVA_OPTS", "-Xmx64m -Duser.language=en"), "validate",
        "examples/plans/valid");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void saysWhichJavaIsMissingWhenJavaHomeIsWrong() throws Exception {
    Processes.Run run = launcher(launcher, repo, Map.of("JAVA_HOME", dir.resolve("no-java").toString()), "--version");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains(dir.resolve("no-java").toString());
  }

  @Test
  void startsSilentlyWithoutAnArchive() throws Exception {
    Path home = cloneLayout("without-archive");

    Processes.Run run = launcher(home.resolve("bin/integrationsplan"), dir, Map.of(), "validate", repo.resolve(
        "examples/plans/valid").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(home.resolve("cli/target/integrationsplan.jsa")).as("a clone's archive is the build's").doesNotExist();
  }

  @Test
  void startsSilentlyWithAnArchiveThatDoesNotFit() throws Exception {
    // made for the jar at another path, then for a jar changed since, then no archive at all: JDK 17
    // refuses all three
    Path home = cloneLayout("misfit-archive");
    Path jsa = home.resolve("cli/target/integrationsplan.jsa");
    Files.copy(jar.resolveSibling("integrationsplan.jsa"), jsa);
    Path copy = home.resolve("cli/target/integrationsplan.jar");

    Processes.Run moved = launcher(home.resolve("bin/integrationsplan"), dir, Map.of(), "validate",
        repo.resolve("examples/plans/valid").toString());
    Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 60_000));
    Processes.Run changed = launcher(home.resolve("bin/integrationsplan"), dir, Map.of(), "--version");
    Files.writeString(jsa, "no archive");
    Processes.Run garbage = launcher(home.resolve("bin/integrationsplan"), dir, Map.of(), "--version");

    for (Processes.Run run : List.of(moved, changed, garbage)) {
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).doesNotContain("cds", "shared archive");
    }
  }

  @Test
  void startsSilentlyOnAJvmOfAnotherVersionThatWouldWarnAboutTheArchive() throws Exception {
    Path other = otherJavaHome();
    assumeThat(other).as("another Java runtime (17 or later, not this one's version) beside this one").isNotNull();
    Path jsa = jar.resolveSibling("integrationsplan.jsa");

    // what that JVM says about this one's archive without the launcher's options
    Processes.Run plain = run(repo, Map.of(), List.of(other.resolve("bin/java").toString(),
        "-XX:SharedArchiveFile=" + jsa, "-jar", jar.toString(), "--version"));
    Processes.Run launched = launcher(launcher, repo, Map.of("JAVA_HOME", other.toString()), "validate",
        "examples/plans/valid");

    assertThat(plain.out() + plain.err()).contains("[cds");
    assertThat(launched.exitCode()).as(launched.err()).isZero();
    assertThat(launched.err()).isEmpty();
    assertThat(launched.out()).doesNotContain("[cds").endsWith(" 0 ungültig, 0 Fehler, 0 Warnungen\n");
  }

  /** A Java runtime beside this one whose {@code release} names another version, or {@code null}. */
  private static @Nullable Path otherJavaHome() throws IOException {
    Path home = Path.of(System.getProperty("java.home")).toRealPath();
    String version = "JAVA_VERSION=\"" + System.getProperty("java.version") + "\"";
    try (Stream<Path> siblings = Files.list(home.getParent())) {
      for (Path candidate : siblings.sorted().toList()) {
        Path release = candidate.resolve("release");
        if (Files.isExecutable(candidate.resolve("bin/java")) && Files.isRegularFile(release)
            && !Files.readString(release).contains(version)
            && Files.readString(release).matches("(?s).*JAVA_VERSION=\"(1[7-9]|[2-9][0-9]).*")) {
          return candidate;
        }
      }
    }
    return null;
  }

  @Test
  void namesTheBuildWhenTheJarIsMissing() throws Exception {
    Path home = dir.resolve("no-jar");
    Files.createDirectories(home.resolve("bin"));
    Files.copy(launcher, home.resolve("bin/integrationsplan"), StandardCopyOption.COPY_ATTRIBUTES);

    Processes.Run run = launcher(home.resolve("bin/integrationsplan"), dir, Map.of(), "--version");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("integrationsplan.jar is missing", "mvn -B -q package -DskipTests");
  }
}
