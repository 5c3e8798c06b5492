package de.integrationsplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which files standard input and standard output are, when they are regular files: so that a run
 * can see that it would read what it writes ({@code redact in.ndjson >> in.ndjson} reads its own
 * output for ever; {@code > in.ndjson} has emptied the input before the run starts). Files are
 * compared by their {@link BasicFileAttributes#fileKey() file key} (device and inode), so that
 * another name, a link or a relative path of the same file is the same file.
 *
 * @param stdin the file key of standard input, {@code null} when it is no regular file or unknown
 * @param stdout the file key of standard output, {@code null} when it is no regular file or unknown
 */
record StreamFiles(@Nullable Object stdin, @Nullable Object stdout) {

  /** Unknown streams, as in tests that run the command line in their own JVM. */
  static StreamFiles none() {
    return new StreamFiles(null, null);
  }

  /** The process's standard input and output, through {@code /dev/fd} where the system has it. */
  static StreamFiles ofProcess() {
    return new StreamFiles(key("/dev/fd/0"), key("/dev/fd/1"));
  }

  /** Whether {@code path} is the file standard output goes to. */
  boolean isStdout(Path path) {
    return stdout != null && Objects.equals(stdout, key(path));
  }

  /** Whether standard input is read from the file standard output goes to. */
  boolean stdinIsStdout() {
    return stdout != null && Objects.equals(stdout, stdin);
  }

  private static @Nullable Object key(String descriptor) {
    try {
      return key(Path.of(descriptor));
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static @Nullable Object key(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return attributes.isRegularFile() ? attributes.fileKey() : null;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }
}
