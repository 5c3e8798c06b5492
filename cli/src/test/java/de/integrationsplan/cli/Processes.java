package de.integrationsplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program in a child process, as the tests of the launcher and the distribution do. */
final class Processes {

  private Processes() {}

  /** What a process wrote, and how it ended. */
  record Run(int exitCode, String out, String err) {}

  /**
   * Runs {@code command} in {@code cwd}, with no standard input, with this JVM's environment and its
   * runtime as {@code JAVA_HOME}, without {@code JAVA_OPTS}, and then {@code env}.
   */
  static Run run(Path cwd, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("process", ".out");
    Path err = Files.createTempFile("process", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().remove("JAVA_OPTS");
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("did not finish in 120 s: " + command);
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
