package de.integrationsplan.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error for long runs: it appears after one second and is updated at
 * most five times a second. It is shown only when the JVM has a console ({@code System.console()
 * != null}; on Java 17 that means standard input and output are a terminal, the usual
 * approximation of "a person is watching"), so never in pipes, CI logs or tests.
 */
class Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long last;
  private int shown;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  /** No progress line. */
  static Progress none() {
    return new Progress(new PrintWriter(PrintWriter.nullWriter())) {
      @Override
      boolean enabled() {
        return false;
      }
    };
  }

  /** A progress line on {@code err} when there is a console, else none. */
  static Progress forConsole(PrintWriter err) {
    return System.console() != null ? new Progress(err) : none();
  }

  boolean enabled() {
    return true;
  }

  /** Shows the number of documents checked so far, if the run is long and the last update old. */
  void update(Texts texts, long documents) {
    if (!enabled()) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < DELAY_NANOS || now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    String text = texts.get("progress", documents);
    err.print("\r" + text);
    err.flush();
    shown = text.length();
  }

  /** Removes the progress line, before other output and at the end. */
  void clear() {
    if (!enabled() || shown == 0) {
      return;
    }
    err.print("\r" + " ".repeat(shown) + "\r");
    err.flush();
    shown = 0;
  }
}
