package de.integrationsplan.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an NDJSON stream into its lines without ever holding a whole line: each non-blank line is
 * offered as a stream of its own, which the validator reads (and rejects once it passes the size
 * limit); what it leaves unread is skipped. Memory stays at one buffer however long a line is.
 * Lines end with {@code \n}; a {@code \r} before it is whitespace to JSON. Blank lines are skipped.
 */
final class NdjsonLines {
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNumber;
  private boolean inLine;

  NdjsonLines(InputStream in) {
    this.in = in;
  }

  /**
   * Moves to the next line that is not blank, skipping the rest of the current one.
   *
   * @return whether there is one
   */
  boolean next() throws IOException {
    if (inLine) {
      skipRestOfLine();
    }
    while (true) {
      if (pos == limit && !fill()) {
        return false;
      }
      lineNumber++;
      // skip leading whitespace; a line of nothing else is blank
      while (true) {
        if (pos == limit && !fill()) {
          return false;
        }
        byte b = buf[pos];
        if (b == '\n') {
          pos++;
          break;
        }
        if (b == ' ' || b == '\t' || b == '\r') {
          pos++;
          continue;
        }
        inLine = true;
        return true;
      }
    }
  }

  /** The 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** The current line's bytes, up to and without its {@code \n}; the underlying stream stays open. */
  InputStream line() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (!inLine || (pos == limit && !fill())) {
          inLine = false;
          return -1;
        }
        int end = Math.min(limit, pos + len);
        int i = pos;
        while (i < end && buf[i] != '\n') {
          i++;
        }
        int n = i - pos;
        System.arraycopy(buf, pos, b, off, n);
        pos = i;
        if (i < end) { // found the end of the line
          pos++;
          inLine = false;
          if (n == 0) {
            return -1;
          }
        }
        return n;
      }
    };
  }

  private void skipRestOfLine() throws IOException {
    while (inLine) {
      if (pos == limit && !fill()) {
        inLine = false;
        return;
      }
      while (pos < limit) {
        if (buf[pos++] == '\n') {
          inLine = false;
          return;
        }
      }
    }
  }

  private boolean fill() throws IOException {
    while (!eof) {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        pos = 0;
        limit = n;
        return true;
      }
    }
    return false;
  }
}
