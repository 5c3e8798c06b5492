package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output that cannot be written: every command on a full device, on a file system that fills up
 * after a few kilobytes, and into a pipe whose reader has gone. A report that was cut never ends
 * with exit code 0, and the run says so on standard error without a stack trace; a closed pipe
 * ends the run soon, whatever is left of the input.
 */
final class OutputFaultsIT {

  /** Shared by the tests, with {@code key.bin}, {@code plans.ndjson} and {@code invalid.ndjson}; each test writes files of its own names. */
  @TempDir
  static Path dir;

  /**
   * Each command with more output than the small file system holds (64 KiB, as a full disk cut the
   * report in the issue); {@code key.bin}, {@code plans.ndjson} and {@code invalid.ndjson} exist.
   */
  private static final List<String> LARGE = List.of(
      "ip validate invalid.ndjson",
      "ip validate --format json invalid.ndjson",
      "ip validate --format junit invalid.ndjson",
      "ip schema",
      "ip generate --count 20",
      "ip redact --key-file key.bin plans.ndjson",
      "ip stats --at 2026-06-30 --threshold 1 plans.ndjson",
      "ip stats --at 2026-06-30 --threshold 1 --format json plans.ndjson");

  static List<String> everyCommand() {
    List<String> all = new ArrayList<>(LARGE);
    all.addAll(List.of("ip validate \"$EXAMPLES/valid\"", "ip --help", "ip validate --help", "ip --version"));
    return all;
  }

  @BeforeAll
  static void prepare() throws Exception {
    Shell.run(dir, 60, Shell.KEY + "ip generate --count 40 --seed 3 > plans.ndjson;"
        + " yes '{}' | head -1000 > invalid.ndjson");
  }

  @ParameterizedTest(name = "{0} > /dev/full")
  @MethodSource("everyCommand")
  void aFullDeviceIsAnErrorOfEveryCommand(String command) throws Exception {
    assumeThat(Path.of("/dev/full")).as("this system has no /dev/full").exists();

    Shell.Run run = Shell.run(dir, 60, command + " > /dev/full").withoutTrace();

    assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).as(command).contains("Die Ausgabe konnte nicht vollständig geschrieben werden");
  }

  @Test
  void aFileSystemThatFillsUpEndsEveryCommandWithAnError() throws Exception {
    assumeThat(Shell.run(dir, 30, "mkdir -p probe && unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs probe'")
        .exitCode()).as("a private mount namespace with a tmpfs (unshare -rm) is not allowed on this machine")
        .isZero();
    StringBuilder script = new StringBuilder("mkdir -p small && rm -f err.* code.* size.* && unshare -rm bash -c '\n"
        + "  ip() { \"$IP_JAVA\" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar \"$IP_JAR\" \"$@\"; }\n"
        + "  mount -t tmpfs -o size=64k tmpfs small || exit 99\n");
    for (int i = 0; i < LARGE.size(); i++) {
      script.append("  ").append(LARGE.get(i).replace("'", "'\\''")).append(" > small/out 2> err.").append(i)
          .append("; echo \"$?\" > code.").append(i).append("; wc -c < small/out > size.").append(i)
          .append("; rm -f small/out\n");
    }
    script.append("'\n");

    Shell.Run run = Shell.run(dir, 120, script.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (int i = 0; i < LARGE.size(); i++) {
      String command = LARGE.get(i);
      long size = Long.parseLong(Files.readString(dir.resolve("size." + i)).strip());
      String err = Files.readString(dir.resolve("err." + i));
      assertThat(size).as(command + ": the output was cut where the file system was full").isPositive()
          .isLessThanOrEqualTo(65_536);
      assertThat(Integer.parseInt(Files.readString(dir.resolve("code." + i)).strip())).as(command + ": " + err)
          .isEqualTo(Cli.USAGE);
      assertThat(err).as(command).contains("Die Ausgabe konnte nicht vollständig geschrieben werden");
      new Shell.Run(0, "", err).withoutTrace();
    }
  }

  @ParameterizedTest(name = "validate --format {0} | head -1")
  @ValueSource(strings = {"text", "json"})
  void aClosedPipeEndsValidateSoonWithoutReadingOn(String format) throws Exception {
    // endless input: validate ends only if it stops reading once nobody reads its output
    String fifo = "endless-" + format + ".ndjson";
    Shell.Run run = Shell.run(dir, 60, "set -o pipefail; mkfifo " + fifo + "; (yes '{}' > " + fifo + " &);"
        + " ip validate --format " + format + " " + fifo + " | head -1" + Shell.EXIT).withoutTrace();

    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err()).contains("exit ").doesNotContain("exit 0").doesNotContain("Ausgabe");
  }

  @Test
  void aClosedPipeEndsRedactAndGenerateSoon() throws Exception {
    Shell.Run run = Shell.run(dir, 60, "set -o pipefail; line=$(head -1 plans.ndjson);"
        + " yes \"$line\" | ip redact --key-file key.bin | head -1; echo \"redact $?\" >&2;"
        + " ip generate --count 100000000 | head -1; echo \"generate $?\" >&2").withoutTrace();

    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).contains("redact ", "generate ").doesNotContain(" 0\n").doesNotContain("Ausgabe");
  }
}
