package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard output that fails loudly: through a PrintWriter too, and for good after the first fault. */
final class CheckedOutputTest {

  /** Takes {@code room} bytes, then fails as a full disk or a closed pipe does. */
  private static final class Failing extends OutputStream {
    private final String message;
    private int room;
    int written;

    Failing(int room, String message) {
      this.room = room;
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      if (room-- <= 0) {
        throw new IOException(message);
      }
      written++;
    }
  }

  @Test
  void aFaultPassesAPrintWriterWhichWouldSwallowIt() {
    CheckedOutput out = new CheckedOutput(new Failing(3, "No space left on device"));
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));

    writer.print("abcdef");
    assertThatThrownBy(writer::flush).isInstanceOf(CheckedOutput.Failed.class);
    assertThat(out.failed()).isTrue();
    assertThat(out.readerGone()).isFalse();
  }

  @Test
  void everyWriteAfterTheFirstFaultFailsWithoutReachingTheStream() {
    Failing failing = new Failing(1, "No space left on device");
    CheckedOutput out = new CheckedOutput(failing);

    assertThatThrownBy(() -> out.write(new byte[] {1, 2})).isInstanceOf(CheckedOutput.Failed.class);
    assertThatThrownBy(() -> out.write(3)).isInstanceOf(CheckedOutput.Failed.class);
    assertThatThrownBy(out::flush).isInstanceOf(CheckedOutput.Failed.class);
    assertThat(failing.written).isEqualTo(1);
  }

  @Test
  void aClosedPipeIsTheReaderGoneAndTheFaultCarriesNoMessage() {
    CheckedOutput out = new CheckedOutput(new Failing(0, "Broken pipe"));

    assertThatThrownBy(() -> out.write(1)).isInstanceOf(CheckedOutput.Failed.class).hasNoCause().hasMessage(null);
    assertThat(out.readerGone()).isTrue();
  }

  @Test
  void writesThroughWhileTheStreamWorks() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CheckedOutput out = new CheckedOutput(bytes);

    out.write("plan\n".getBytes(StandardCharsets.UTF_8));
    out.close();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("plan\n");
    assertThat(out.failed()).isFalse();
  }
}
