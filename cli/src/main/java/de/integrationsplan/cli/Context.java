package de.integrationsplan.cli;

import java.io.InputStream;

/** What the commands share within one run: standard input, the progress indicator, the language. */
final class Context {
  private final InputStream stdin;
  private final Progress progress;
  private final Lang lang;
  private boolean debug;

  Context(InputStream stdin, Progress progress, Lang lang) {
    this.stdin = stdin;
    this.progress = progress;
    this.lang = lang;
  }

  InputStream stdin() {
    return stdin;
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
