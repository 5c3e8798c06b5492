package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** NDJSON for the command line: constant memory, one plan a line, the same bytes for the same seed. */
final class SyntheticPlansNdjsonTest {

  /** Counts and digests what it is given, and keeps none of it. */
  private static final class CountingStream extends OutputStream {
    long bytes;
    long lines;
    long writes;
    long maxChunk;
    boolean closed;
    final MessageDigest digest;

    CountingStream() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes++;
      bytes += len;
      maxChunk = Math.max(maxChunk, len);
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
      digest.update(b, off, len);
    }

    @Override
    public void close() {
      closed = true;
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  @Test
  void hundredThousandPlansStreamInSmallChunksWithoutBeingHeld() {
    CountingStream out = new CountingStream();
    SyntheticPlans.withSeed(7).writeNdjson(100_000, out);
    assertThat(out.lines).isEqualTo(100_000);
    assertThat(out.bytes / out.lines).as("bytes a plan").isBetween(1_000L, 20_000L);
    // written as it goes: many writes of at most a buffer or one plan each, never the whole output
    assertThat(out.writes).isGreaterThan(1_000);
    assertThat(out.maxChunk).isLessThan(1 << 20);
    assertThat(out.closed).isFalse();
  }

  @Test
  void sameSeedGivesTheSameBytes() {
    CountingStream first = new CountingStream();
    CountingStream second = new CountingStream();
    SyntheticPlans.withSeed(21).writeNdjson(5_000, first);
    SyntheticPlans.withSeed(21).writeNdjson(5_000, second);
    assertThat(second.bytes).isEqualTo(first.bytes);
    assertThat(second.sha256()).isEqualTo(first.sha256());
  }

  @Test
  void aSequenceWrittenInPartsEqualsTheWhole() {
    SyntheticPlans generator = SyntheticPlans.withSeed(4);
    ByteArrayOutputStream parts = new ByteArrayOutputStream();
    generator.writeNdjson(0, 120, parts);
    generator.writeNdjson(120, 80, parts);
    assertThat(parts.toByteArray()).isEqualTo(Plans.ndjson(generator, 200));
  }

  @Test
  void zeroPlansWriteNothing() {
    CountingStream out = new CountingStream();
    SyntheticPlans.withSeed(1).writeNdjson(0, out);
    assertThat(out.bytes).isZero();
  }
}
