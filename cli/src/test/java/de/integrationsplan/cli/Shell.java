package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fault-injection suite's way of running the built jar: a bash script in a scratch folder, so
 * that faults are made as a shell makes them (a pipe into {@code head}, {@code >>} into the input,
 * a full device, a named pipe). In the script, {@code ip ARGS} runs
 * {@code java -Xmx64m -jar integrationsplan.jar ARGS} in a German POSIX locale, and {@code $EXAMPLES}
 * is the clone's {@code examples/plans}. A script that does not end within its time limit is a
 * hang, and fails the test.
 */
final class Shell {

  /** The clone's root: failsafe runs in {@code cli/}. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final String PRELUDE = """
      set -u
      ip() { "$IP_JAVA" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$IP_JAR" "$@"; }
      """;

  /** Writes {@code key.bin}, a random key readable by its owner only, as a key file must be. */
  static final String KEY = "(umask 077; head -c 32 /dev/urandom > key.bin); ";

  /** After a command: its exit code as the line {@code exit N} on standard error. */
  static final String EXIT = "; echo \"exit $?\" >&2; ";

  private Shell() {}

  /** What a script wrote, and how it ended. */
  record Run(int exitCode, String out, String err) {

    /** Standard error shows no stack trace and no Java exception. */
    Run withoutTrace() {
      assertThat(err).as("standard error").doesNotContain("\tat ").doesNotContain("Exception in thread")
          .doesNotContainPattern("(?m)^[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)");
      return this;
    }
  }

  /** The jar under test, as failsafe names it. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("integrationsplan.jar", "target/integrationsplan.jar")).toAbsolutePath();
    assertThat(jar).exists();
    return jar;
  }

  /** Runs {@code script} in {@code cwd} with {@link #jar()}; fails when it takes longer than {@code seconds}. */
  static Run run(Path cwd, int seconds, String script) throws IOException, InterruptedException {
    return run(cwd, jar(), seconds, script);
  }

  /** Runs {@code script} in {@code cwd} with the given jar; fails when it takes longer than {@code seconds}. */
  static Run run(Path cwd, Path jar, int seconds, String script) throws IOException, InterruptedException {
    Path out = Files.createTempFile(cwd, "shell", ".out");
    Path err = Files.createTempFile(cwd, "shell", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder("bash", "-c", PRELUDE + script).directory(cwd.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      Map<String, String> env = builder.environment();
      for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANGUAGE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS", "JAVA_OPTS")) {
        env.remove(variable);
      }
      env.put("LANG", "C.UTF-8");
      env.put("IP_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
      env.put("IP_JAR", jar.toString());
      env.put("EXAMPLES", ROOT.resolve("examples/plans").toString());
      Process process = builder.start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError("did not end within " + seconds + " s (a hang): " + script);
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
