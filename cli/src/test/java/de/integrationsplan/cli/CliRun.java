package de.integrationsplan.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the command line in this JVM with captured streams and no progress line. */
final class CliRun {

  private CliRun() {}

  /** The outcome of one run. */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Result run(String... args) {
    return withStdin(new ByteArrayInputStream(new byte[0]), args);
  }

  static Result withStdin(byte[] stdin, String... args) {
    return withStdin(new ByteArrayInputStream(stdin), args);
  }

  static Result withStdin(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, stdin, new PrintWriter(out), new PrintWriter(err), Progress.none());
    return new Result(code, out.toString(), err.toString());
  }
}
