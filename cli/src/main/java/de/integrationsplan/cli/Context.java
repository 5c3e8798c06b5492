package de.integrationsplan.cli;

import java.io.InputStream;

/**
 * What the commands share within one run: standard input, standard output as bytes (for NDJSON
 * written plan by plan), the progress indicator, the language.
 */
final class Context {
  private final InputStream stdin;
  private final CheckedOutput stdout;
  private final Progress progress;
  private final Lang lang;
  private boolean debug;
  private StreamFiles streamFiles = StreamFiles.none();

  Context(InputStream stdin, CheckedOutput stdout, Progress progress, Lang lang) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.progress = progress;
    this.lang = lang;
  }

  InputStream stdin() {
    return stdin;
  }

  /**
   * Standard output as bytes, UTF-8. The command's {@code PrintWriter} writes to the same place:
   * flush it before writing here, and flush this stream before writing there again. A write that
   * fails throws {@link CheckedOutput.Failed}, which ends the run.
   */
  CheckedOutput stdout() {
    return stdout;
  }

  Progress progress() {
    return progress;
  }

  Lang lang() {
    return lang;
  }

  boolean debug() {
    return debug;
  }

  void debug(boolean debug) {
    this.debug = debug;
  }

  /** Which files standard input and output are, so that no input is the output. */
  StreamFiles streamFiles() {
    return streamFiles;
  }

  void streamFiles(StreamFiles streamFiles) {
    this.streamFiles = streamFiles;
  }
}
