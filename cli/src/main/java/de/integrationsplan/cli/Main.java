package de.integrationsplan.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line's entry point: {@code java -jar integrationsplan.jar validate PATH...}.
 *
 * <p>Standard output and standard error are written in UTF-8 whatever the platform's encoding.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line and exits with its code: 0 all valid, 1 any invalid, 2 usage, path, empty
   * input or output error.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    QuietLogging.install();
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter err = writer(FileDescriptor.err);
    // buffered: FileInputStream.readNBytes of Java 17 seeks, which fails on a pipe ("Illegal seek")
    InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
    // Cli flushes standard output through its check, which reports a fault and sets the exit code
    int code = Cli.run(args, in, out, err, Progress.forConsole(err), StreamFiles.ofProcess());
    err.flush();
    System.exit(code);
  }

  private static PrintWriter writer(FileDescriptor fd) {
    return new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), 1 << 16), false);
  }
}
