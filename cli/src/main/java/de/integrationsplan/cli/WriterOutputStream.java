package de.integrationsplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a {@link Writer}, for runs in this JVM whose standard output is a
 * writer (the tests); a character split between two writes is kept until it is whole.
 */
final class WriterOutputStream extends OutputStream {
  private final Writer writer;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer in = ByteBuffer.allocate(8192);
  private final CharBuffer out = CharBuffer.allocate(8192);

  WriterOutputStream(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, in.remaining());
      in.put(b, off, n);
      off += n;
      len -= n;
      drain();
    }
  }

  /** Decodes what is whole; at most the first bytes of one character stay (8,192 bytes never exceed 8,192 chars). */
  private void drain() throws IOException {
    in.flip();
    decoder.decode(in, out, false);
    out.flip();
    writer.write(out.array(), out.arrayOffset() + out.position(), out.remaining());
    out.clear();
    in.compact();
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }
}
