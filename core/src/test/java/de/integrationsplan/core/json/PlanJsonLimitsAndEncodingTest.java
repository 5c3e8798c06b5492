package de.integrationsplan.core.json;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import static de.integrationsplan.core.json.JsonDocs.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.integrationsplan.core.testing.TestPlans;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.PlanValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile documents: too deep, too long, badly encoded, unreadable. */
final class PlanJsonLimitsAndEncodingTest {

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void extensionValueNestedTenThousandLevelsIsRejectedWithoutStackOverflow() {
    Throwable t = catchThrowable(() -> PlanJson.create().read(JsonDocs.withExtensionValue(nested(10_000))));
    assertThat(t).isInstanceOf(PlanFormatException.class);
    assertThat(((PlanFormatException) t).code()).isEqualTo("json.limit.depth");
  }

  @Test
  void nestingJustOverMaxDepthIsRejectedAndAtMaxDepthIsRead() {
    PlanJson codec = PlanJson.builder().limits(JsonLimits.defaults().withMaxDepth(6)).build();
    // the plan, extensions, one extension: depth 3 before the value
    assertThat(codec.read(JsonDocs.withExtensionValue(nested(3)), IntegrationPlan.class).extensions()).hasSize(1);
    assertThat(failure(codec, JsonDocs.withExtensionValue(nested(4))).code()).isEqualTo("json.limit.depth");
  }

  @Test
  void stringLongerThanMaxStringLengthIsRejected() {
    PlanJson codec = PlanJson.builder().limits(JsonLimits.defaults().withMaxStringLength(1000)).build();
    String pseudonym = "p".repeat(2000);
    PlanFormatException e = failure(codec, JsonDocs.replace(JsonDocs.MINIMAL, "\"p-1\"", "\"" + pseudonym + "\""));
    assertThat(e.code()).isEqualTo("json.limit.stringLength");
  }

  @Test
  void stringWithinMaxStringLengthIsRead() {
    PlanJson codec = PlanJson.builder().limits(JsonLimits.defaults().withMaxStringLength(1000)).build();
    String text = "p".repeat(900);
    assertThat(codec.read(JsonDocs.withExtensionValue("\"" + text + "\""), IntegrationPlan.class).extensions().get(0).value())
        .isEqualTo(text);
  }

  @Test
  void numberLongerThanMaxNumberLengthIsRejected() {
    PlanFormatException e = failure(JsonDocs.withPerson("\"birthYear\":" + "1".repeat(41)));
    assertThat(e.code()).isEqualTo("json.limit.numberLength");
  }

  @Test
  void numberLongerThanMaxNumberLengthInAnExtensionIsRejected() {
    PlanFormatException e = failure(JsonDocs.withExtensionValue("0." + "1".repeat(1000)));
    assertThat(e.code()).isEqualTo("json.limit.numberLength");
  }

  @Test
  void numberBeyondADecimalsRangeIsALimitWhereverItStands() {
    // JSON bounds no exponent, a BigDecimal's scale is an int: Jackson throws a plain
    // NumberFormatException for these, which once escaped the reader
    for (String number : new String[] {"-92e23372036851249633", "1e2147483648", "1.5e-2147483647"}) {
      assertThat(failure(JsonDocs.withExtensionValue(number)).code()).as("extension value %s", number)
          .isEqualTo("json.limit.numberRange");
      assertThat(failure(JsonDocs.withExtensionValue("[1,{\"a\":" + number + "}]")).code()).as("nested %s", number)
          .isEqualTo("json.limit.numberRange");
      assertThat(failure(JsonDocs.withPerson("\"birthYear\":" + number)).code()).as("integer %s", number)
          .isEqualTo("json.limit.numberRange");
      assertThat(failure(JsonDocs.withPerson("\"pseudonymous\":" + number)).code()).as("unknown property %s", number)
          .isEqualTo("json.limit.numberRange");
    }
  }

  @Test
  void numberAtTheEdgeOfADecimalsRangeIsRead() {
    assertThat(PlanJson.create().read(JsonDocs.withExtensionValue("1e2147483647"), IntegrationPlan.class)
        .extensions().get(0).value()).isEqualTo(new java.math.BigDecimal("1e2147483647"));
    assertThat(failure(JsonDocs.withPerson("\"birthYear\":1e400")).code()).isEqualTo("schema.maximum");
  }

  @Test
  void documentOverMaxDocumentBytesIsRejectedFromAStream() {
    PlanJson codec = PlanJson.builder().limits(JsonLimits.defaults().withMaxDocumentBytes(1000)).build();
    byte[] big = JsonDocs.utf8(JsonDocs.withExtensionValue("\"" + "x".repeat(20_000) + "\""));
    Throwable t = catchThrowable(() -> codec.read(new ByteArrayInputStream(big)));
    assertThat(t).isInstanceOf(PlanFormatException.class);
    assertThat(((PlanFormatException) t).code()).isEqualTo("json.limit.documentSize");
  }

  @Test
  void documentOverMaxDocumentBytesIsRejectedFromBytes() {
    PlanJson codec = PlanJson.builder().limits(JsonLimits.defaults().withMaxDocumentBytes(1000)).build();
    byte[] big = JsonDocs.utf8(JsonDocs.withExtensionValue("\"" + "x".repeat(20_000) + "\""));
    assertThat(failure(codec, big).code()).isEqualTo("json.limit.documentSize");
  }

  @Test
  void documentOverMaxDocumentBytesIsRejectedFromAString() {
    PlanJson codec = PlanJson.builder().limits(JsonLimits.defaults().withMaxDocumentBytes(1000)).build();
    String big = JsonDocs.withExtensionValue("\"" + "x".repeat(20_000) + "\"");
    assertThat(failure(codec, big).code()).isEqualTo("json.limit.documentSize");
  }

  @Test
  void documentWithinMaxDocumentBytesIsRead() {
    PlanJson codec = PlanJson.builder().limits(JsonLimits.defaults().withMaxDocumentBytes(1000)).build();
    assertThat(codec.read(JsonDocs.utf8(JsonDocs.MINIMAL))).isEqualTo(TestPlans.minimal());
  }

  @Test
  void invalidUtf8BytesAreRejectedAsEncodingError() {
    byte[] doc = JsonDocs.utf8(JsonDocs.replace(JsonDocs.MINIMAL, "\"p-1\"", "\"p-\u00e4\""));
    // replace the two bytes of ä (C3 A4) by an invalid sequence
    for (int i = 0; i < doc.length - 1; i++) {
      if (doc[i] == (byte) 0xC3 && doc[i + 1] == (byte) 0xA4) {
        doc[i] = (byte) 0xC3;
        doc[i + 1] = (byte) 0x28;
      }
    }
    PlanFormatException e = failure(PlanJson.create(), doc);
    assertThat(e.code()).isEqualTo("json.encoding");
  }

  @Test
  void latin1BytesAreRejectedAsEncodingError() {
    byte[] doc = JsonDocs.replace(JsonDocs.MINIMAL, "\"p-1\"", "\"p-\u00e4x\"").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(failure(PlanJson.create(), doc).code()).isEqualTo("json.encoding");
  }

  @Test
  void utf8ByteOrderMarkBeforeTheDocumentIsSkippedInBytes() {
    byte[] body = JsonDocs.utf8(JsonDocs.MINIMAL);
    byte[] doc = new byte[body.length + 3];
    doc[0] = (byte) 0xEF;
    doc[1] = (byte) 0xBB;
    doc[2] = (byte) 0xBF;
    System.arraycopy(body, 0, doc, 3, body.length);
    assertThat(PlanJson.create().read(doc)).isEqualTo(TestPlans.minimal());
    assertThat(PlanJson.create().read(new ByteArrayInputStream(doc))).isEqualTo(TestPlans.minimal());
  }

  @Test
  void byteOrderMarkAtTheStartOfTextIsSkippedAsInBytes() {
    assertThat(PlanJson.create().read("\uFEFF" + JsonDocs.MINIMAL))
        .isEqualTo(PlanJson.create().read(JsonDocs.MINIMAL));
  }

  @Test
  void utf16DocumentIsNotAcceptedAsAPlan() {
    byte[] doc = JsonDocs.MINIMAL.getBytes(StandardCharsets.UTF_16BE);
    Throwable t = catchThrowable(() -> PlanJson.create().read(doc));
    // Jackson auto-detects UTF-16; either it is rejected or it is read correctly, never another exception
    if (t != null) {
      assertThat(t).isInstanceOf(PlanFormatException.class);
    }
  }

  @Test
  void streamThatThrowsIsReportedAsIoError() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone: CANARY-IO");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone: CANARY-IO");
      }
    };
    Throwable t = catchThrowable(() -> PlanJson.create().read(broken));
    assertThat(t).isInstanceOf(PlanFormatException.class);
    PlanFormatException e = (PlanFormatException) t;
    assertThat(e.code()).isEqualTo("json.io");
    assertThat(e.getCause()).isNull();
    assertThat(e.getMessage()).doesNotContain("CANARY");
  }

  @Test
  void streamThatFailsHalfwayIsReportedAsIoError() {
    byte[] head = JsonDocs.utf8(JsonDocs.MINIMAL.substring(0, 60));
    InputStream halfway = new InputStream() {
      private int pos;

      @Override
      public int read() throws IOException {
        if (pos < head.length) {
          return head[pos++];
        }
        throw new IOException("connection reset");
      }
    };
    Throwable t = catchThrowable(() -> PlanJson.create().read(halfway));
    assertThat(t).isInstanceOf(PlanFormatException.class);
    assertThat(((PlanFormatException) t).code()).isEqualTo("json.io");
  }

  @Test
  void readingAStreamDoesNotCloseIt() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(JsonDocs.utf8(JsonDocs.MINIMAL)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PlanJson.create().read(in);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void validatorTurnsALimitFailureIntoOneParserIssue() {
    var report = PlanValidator.create().validate(JsonDocs.withExtensionValue(nested(10_000)));
    assertThat(report.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("json.limit.depth");
      assertThat(i.source()).isEqualTo(IssueSource.PARSER);
    });
  }
}
