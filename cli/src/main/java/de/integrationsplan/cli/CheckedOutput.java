package de.integrationsplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that does not fail silently: every command and every reporter writes through
 * it, as bytes or through the command's {@code PrintWriter}, which would swallow an
 * {@link IOException} and go on. The first fault of the stream below (a full disk, a closed pipe)
 * is thrown as {@link Failed}, unchecked, so that it passes the {@code PrintWriter}, the JSON
 * generator and the XML writer and ends the run at once; every later write fails the same way, so
 * that no byte follows a gap. {@link Cli} turns it into a message and a non-zero exit code.
 *
 * <p>Not thread-safe: one thread writes, as in every command.
 */
final class CheckedOutput extends OutputStream {

  /** Standard output could not be written; the output so far is incomplete. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean readerGone;

    Failed(boolean readerGone) {
      // no cause and no message: the run's own message says what happened
      super(null, null, false, false);
      this.readerGone = readerGone;
    }

    /** Whether the reader of a pipe went away (a pipe into {@code head}): then there is nobody to tell. */
    boolean readerGone() {
      return readerGone;
    }
  }

  private final OutputStream out;
  private @Nullable Failed failure;

  CheckedOutput(OutputStream out) {
    this.out = out;
  }

  /** Whether a write failed; the output is then incomplete. */
  boolean failed() {
    return failure != null;
  }

  /** Whether a write failed because the reader of a pipe went away. */
  boolean readerGone() {
    Failed f = failure;
    return f != null && f.readerGone();
  }

  @Override
  public void write(int b) {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void write(byte[] b) {
    write(b, 0, b.length);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public void flush() {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** Flushes, and stays open: standard output belongs to the process. */
  @Override
  public void close() {
    flush();
  }

  private void check() {
    Failed f = failure;
    if (f != null) {
      throw f;
    }
  }

  private Failed fail(IOException e) {
    Failed f = new Failed(isBrokenPipe(e));
    failure = f;
    return f;
  }

  /** The JDK says so only in the message ({@code EPIPE}), in English whatever the locale. */
  private static boolean isBrokenPipe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains("Broken pipe")) {
        return true;
      }
    }
    return false;
  }
}
