package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal sessions of the README and docs/ are what the built jar does. Every {@code console}
 * block is run, command by command, as a reader would type it from the root of a clone: in one
 * scratch folder per page (so files written by one block are there for the next), where
 * {@code cli/} and {@code examples/} are links to the clone's, with standard error merged into
 * standard output as a terminal shows it, in a German locale. Its output must be the block's,
 * line for line; {@code …} in a shown line stands for any text (a pseudonym that depends on a random
 * key). Every {@code sh} block with a {@code java -jar} line is run as a script and must succeed.
 * Run by failsafe after {@code package}.
 */
final class DocsIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final String PROMPT = "$ ";

  /** The links into the clone, removed before the scratch folder is, so that nothing follows them. */
  private static final List<Path> LINKS = new ArrayList<>();

  @TempDir
  static Path scratch;

  @BeforeAll
  static void findJar() {
    Path jar = Path.of(System.getProperty("integrationsplan.jar", "target/integrationsplan.jar"));
    assertThat(jar).exists();
    assertThat(ROOT.resolve("cli/target/integrationsplan.jar")).as("the jar the docs run").exists();
  }

  @AfterAll
  static void removeLinks() throws IOException {
    for (Path link : LINKS) {
      Files.deleteIfExists(link);
    }
  }

  /** A fenced block of a page: the line of its opening fence, its info string, its lines. */
  record Block(Path page, int line, String info, List<String> lines) {
    String where() {
      return ROOT.relativize(page) + ":" + line;
    }
  }

  /** One command of a session and the output shown below it. */
  record Step(int line, String command, List<String> shown) {}

  @Test
  void theDocsShowSessionsOfTheCommandLine() {
    assertThat(pages().stream().flatMap(page -> blocks(page).stream()).filter(b -> b.info().equals("console")))
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void matchesShownOutputWithEllipsisAsAnyText() {
    assertThat(matches("{\"id\":\"…\",\"schemaVersion\":\"1.0\"", "{\"id\":\"cd2b-88\",\"schemaVersion\":\"1.0\"")).isTrue();
    assertThat(matches("{\"id\":\"…\",\"schemaVersion\":\"1.0\"", "{\"id\":\"cd2b\",\"schemaVersion\":\"1.1\"")).isFalse();
    assertThat(matches("2 Dateien geprüft", "2 Dateien geprüft ")).isFalse();
  }

  @TestFactory
  Stream<DynamicNode> everySessionInTheDocsDoesWhatItShows() {
    return pages().stream().map(page -> {
      List<Block> runnable = blocks(page).stream().filter(DocsIT::isRun).collect(Collectors.toList());
      Path dir = scratch.resolve(ROOT.relativize(page).toString().replace('/', '-'));
      return DynamicContainer.dynamicContainer(ROOT.relativize(page).toString(), runnable.stream()
          .map(block -> DynamicTest.dynamicTest(block.where() + " (" + block.info() + ")", () -> {
            prepare(dir);
            if (block.info().equals("console")) {
              runSession(block, dir);
            } else {
              runScript(block, dir);
            }
          })));
    });
  }

  private static boolean isRun(Block block) {
    if (block.info().equals("console")) {
      return true;
    }
    boolean setUp = block.page().equals(ROOT.resolve("README.md")) && block.line() == firstBlockLine(block.page());
    return block.info().equals("sh") && !setUp && block.lines().stream().anyMatch(l -> l.startsWith("java -jar "));
  }

  private static void runSession(Block block, Path dir) throws Exception {
    List<Step> steps = steps(block);
    assertThat(steps).as("%s: a console block starts with a command (\"$ ...\")", block.where()).isNotEmpty();
    for (Step step : steps) {
      Run run = bash(dir, step.command());
      List<String> actual = run.output().lines().collect(Collectors.toList());
      String where = ROOT.relativize(block.page()) + ":" + step.line();
      assertThat(fits(step.shown(), actual))
          .as("%s: `%s` printed (exit code %d)%n%s%nbut the doc shows%n%s", where, step.command(), run.exitCode(),
              String.join("\n", actual), String.join("\n", step.shown()))
          .isTrue();
    }
  }

  private static void runScript(Block block, Path dir) throws Exception {
    Run run = bash(dir, "set -e\n" + String.join("\n", block.lines()));
    assertThat(run.exitCode()).as("%s ended with%n%s", block.where(), run.output()).isZero();
  }

  private static List<Step> steps(Block block) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < block.lines().size(); i++) {
      String line = block.lines().get(i);
      if (line.startsWith(PROMPT)) {
        steps.add(new Step(block.line() + 1 + i, line.substring(PROMPT.length()), new ArrayList<>()));
      } else if (!steps.isEmpty()) {
        steps.get(steps.size() - 1).shown().add(line);
      } else {
        throw new AssertionError(block.where() + ": output before the first command: " + line);
      }
    }
    return steps;
  }

  private static boolean fits(List<String> shown, List<String> actual) {
    if (shown.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < shown.size(); i++) {
      if (!matches(shown.get(i), actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an output line is the shown one, where each {@code …} of the shown line stands for any text. */
  static boolean matches(String shown, String actual) {
    String regex = Stream.of(shown.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
    return Pattern.compile(regex, Pattern.DOTALL).matcher(actual).matches();
  }

  record Run(int exitCode, String output) {}

  /** Runs a command with bash in {@code dir}, in a German locale, with this JVM's java first on the path. */
  private static Run bash(Path dir, String command) throws IOException, InterruptedException {
    Path output = Files.createTempFile(scratch, "output", ".txt");
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Map<String, String> env = builder.environment();
    for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANGUAGE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
      env.remove(variable);
    }
    env.put("LANG", "C.UTF-8");
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish in 180 s: " + command);
    }
    return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  /** The scratch folder of a page: {@code cli} and {@code examples} link to the clone's. */
  private static void prepare(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir);
    for (String linked : List.of("cli", "examples")) {
      LINKS.add(Files.createSymbolicLink(dir.resolve(linked), ROOT.resolve(linked)));
    }
  }

  private static List<Path> pages() {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  private static int firstBlockLine(Path page) {
    return blocks(page).get(0).line();
  }

  private static List<Block> blocks(Path page) {
    List<String> lines;
    try {
      lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    int open = -1;
    String info = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        if (open < 0) {
          open = i;
          info = line.substring(3).strip();
        } else {
          blocks.add(new Block(page, open + 1, info, List.copyOf(lines.subList(open + 1, i))));
          open = -1;
        }
      }
    }
    return blocks;
  }
}
