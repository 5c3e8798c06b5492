package de.integrationsplan.cli;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * What the commands share within one run: standard input, standard output as bytes (for NDJSON
 * written plan by plan), the progress indicator, the language.
 */
final class Context {
  private final InputStream stdin;
  private final OutputStream stdout;
  private final Progress progress;
  private final Lang lang;
  private boolean debug;

  Context(InputStream stdin, OutputStream stdout, Progress progress, Lang lang) {
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
   * flush it before writing here, and flush this stream before writing there again.
   */
  OutputStream stdout() {
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
}
