package de.integrationsplan.core.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629), checked before Jackson decodes: Jackson's byte decoder accepts overlong
 * forms ({@code C0 AF} for {@code /}) and code points above U+10FFFF inside string values, which a
 * reader of untrusted documents must refuse. The check is the decoder of the WHATWG Encoding
 * Standard: no overlong forms, no encoded surrogates, nothing above U+10FFFF, no truncated
 * sequence. Input as {@code byte[]} goes through the same stream as an {@code InputStream}, so
 * that both give the same answer; a fault of encoding can be reported before a fault of syntax up
 * to one read buffer (8 KB) before it.
 */
public final class Utf8Check {

  /** Eight bytes of an array as one {@code long}, for the loop over ASCII runs of {@link #isStrict}. */
  private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private int needed;
  private int lower = 0x80;
  private int upper = 0xBF;
  private int line = 1;
  private int column = 1;

  private Utf8Check() {}

  /**
   * A stream that checks the bytes it passes on, and fails with {@link InvalidUtf8} at the first
   * byte that is not strict UTF-8.
   *
   * @param in the stream to read
   * @return the checking stream; closing it closes {@code in}
   */
  public static InputStream checking(InputStream in) {
    Utf8Check check = new Utf8Check();
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          check.finish();
        } else {
          check.accept(b);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          check.finish();
        } else {
          check.accept(b, off, off + n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        // every byte must be seen: skip by reading
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = buffer.length == 0 ? 0 : read(buffer, 0, buffer.length);
        return Math.max(read, 0);
      }

      @Override
      public boolean markSupported() {
        return false;
      }
    };
  }

  /** {@link #scan}: the bytes are not strict UTF-8. */
  public static final int INVALID = -1;
  /** {@link #scan}: strict UTF-8 without an escape <code>&#92;uD800</code> to <code>&#92;uDFFF</code>. */
  public static final int STRICT = 0;
  /** {@link #scan}: strict UTF-8 with a <code>&#92;u</code> escape of a surrogate, maybe without its pair. */
  public static final int SURROGATE_ESCAPE = 1;

  private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;
  private static final long ONES = 0x0101_0101_0101_0101L;

  /**
   * Whether {@code bytes} are strict UTF-8 by exactly the rules of {@link #checking}, and whether
   * they may hold a JSON escape of a surrogate (<code>&#92;uD800</code> to <code>&#92;uDFFF</code>). The same state
   * machine runs over every byte that is not plain ASCII; runs of ASCII without a backslash (on
   * which the machine only counts lines) are skipped eight bytes at a time. A lone surrogate can
   * reach a decoded string only through such an escape, since strict UTF-8 encodes none, so a
   * reader checks its strings only when this says {@link #SURROGATE_ESCAPE} (an escaped backslash
   * before <code>uD800</code> is text, and makes that answer merely cautious).
   *
   * @param bytes the bytes
   * @return {@link #INVALID}, {@link #STRICT} or {@link #SURROGATE_ESCAPE}
   */
  public static int scan(byte[] bytes) {
    Utf8Check check = new Utf8Check();
    int n = bytes.length;
    int i = 0;
    int result = STRICT;
    try {
      while (i < n) {
        if (check.needed == 0) {
          while (i + Long.BYTES <= n) {
            long word = (long) WORD.get(bytes, i);
            long backslash = word ^ BACKSLASHES;
            // no byte with the high bit, and no byte equal to a backslash (the SWAR zero-byte test)
            if (((word | ((backslash - ONES) & ~backslash)) & HIGH_BITS) != 0) {
              break;
            }
            i += Long.BYTES;
          }
          while (i < n && bytes[i] >= 0) {
            if (bytes[i] == '\\' && isSurrogateEscape(bytes, i)) {
              result = SURROGATE_ESCAPE;
            }
            i++;
          }
          if (i == n) {
            break;
          }
        }
        check.accept(bytes[i] & 0xFF);
        i++;
      }
      check.finish();
      return result;
    } catch (InvalidUtf8 e) {
      return INVALID;
    }
  }

  /** Whether an escape <code>&#92;uD8..</code> to <code>&#92;uDF..</code> starts at {@code i}. */
  private static boolean isSurrogateEscape(byte[] bytes, int i) {
    if (i + 3 >= bytes.length || bytes[i + 1] != 'u' || (bytes[i + 2] | 0x20) != 'd') {
      return false;
    }
    int c = bytes[i + 3] | 0x20;
    return c == '8' || c == '9' || c >= 'a' && c <= 'f';
  }

  private void accept(byte[] bytes, int from, int to) throws InvalidUtf8 {
    for (int i = from; i < to; i++) {
      accept(bytes[i] & 0xFF);
    }
  }

  private void accept(int b) throws InvalidUtf8 {
    if (needed == 0) {
      if (b < 0x80) {
        if (b == '\n') {
          line++;
          column = 0;
        }
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        lower = b == 0xE0 ? 0xA0 : 0x80;
        upper = b == 0xED ? 0x9F : 0xBF;
        needed = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        lower = b == 0xF0 ? 0x90 : 0x80;
        upper = b == 0xF4 ? 0x8F : 0xBF;
        needed = 3;
      } else {
        throw new InvalidUtf8(line, column);
      }
      column++;
    } else {
      if (b < lower || b > upper) {
        throw new InvalidUtf8(line, column - 1);
      }
      lower = 0x80;
      upper = 0xBF;
      needed--;
    }
  }

  private void finish() throws InvalidUtf8 {
    if (needed != 0) {
      throw new InvalidUtf8(line, column - 1);
    }
  }

  /** The bytes are not strict UTF-8; carries the line and column (in characters) of the fault. */
  public static final class InvalidUtf8 extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    InvalidUtf8(int line, int column) {
      super("invalid UTF-8");
      this.line = line;
      this.column = Math.max(column, 1);
    }

    /**
     * The line of the fault.
     *
     * @return the line, from 1
     */
    public int line() {
      return line;
    }

    /**
     * The column of the fault.
     *
     * @return the column, from 1
     */
    public int column() {
      return column;
    }
  }
}
