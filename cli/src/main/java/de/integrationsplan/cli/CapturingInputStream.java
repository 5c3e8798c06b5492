package de.integrationsplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps a copy of what is read, up to a limit, so that standard input, which cannot be read twice,
 * can be searched for the lines of findings. Past the limit the copy is dropped: the validator
 * rejects such a document anyway, with a parser finding that has its own line.
 */
final class CapturingInputStream extends FilterInputStream {
  private final long limit;
  private ByteArrayOutputStream copy = new ByteArrayOutputStream();
  private boolean overflow;

  CapturingInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      keep(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      keep(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    overflow = true; // skipped bytes are not copied; the copy is incomplete
    copy = new ByteArrayOutputStream();
    return super.skip(n);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // standard input stays open
  }

  private void keep(byte[] b, int off, int n) {
    if (overflow) {
      return;
    }
    if (copy.size() + (long) n > limit) {
      overflow = true;
      copy = new ByteArrayOutputStream();
      return;
    }
    copy.write(b, off, n);
  }

  /** The bytes read so far, or {@code null} if they were more than the limit. */
  byte @org.jspecify.annotations.Nullable [] bytes() {
    return overflow ? null : copy.toByteArray();
  }
}
