package de.integrationsplan.cli;

import de.integrationsplan.core.validation.ValidationIssue;
import java.io.PrintWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON Lines: one object per document, one line each, in the order checked:
 * <pre>{@code {"file":"a.ndjson","line":3,"valid":false,"issues":[{"severity":"error","code":"json.syntax",
 * "pointer":"","source":"parser","message":"...","line":3,"column":17}]}}</pre>
 * {@code line} of the document only for NDJSON; {@code line} of an issue where known, {@code column}
 * for faults found while reading; {@code cause}, the code and pointer of the issue in the same
 * document this one most likely follows from, for a consequence only
 * ({@code "cause":{"code":"plan.measure.unknownGoal","pointer":"/measures/1/goalIds/0"}}).
 * Pointers are RFC 6901 ({@code ""} is the whole document). The
 * summary goes to standard error, so that standard output stays machine-readable.
 */
final class JsonReporter implements Reporter {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Texts texts;
  private final JsonFactory factory = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  JsonReporter(PrintWriter out, PrintWriter err, Texts texts) {
    this.out = out;
    this.err = err;
    this.texts = texts;
  }

  @Override
  public void beginFile(String file) {}

  @Override
  public void document(DocumentResult result) {
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("file", result.file());
      if (result.line() != null) {
        g.writeNumberProperty("line", result.line().longValue());
      }
      g.writeBooleanProperty("valid", result.valid());
      g.writeArrayPropertyStart("issues");
      for (Finding finding : result.findings()) {
        ValidationIssue issue = finding.issue();
        g.writeStartObject();
        g.writeStringProperty("severity", Reporter.severity(issue));
        g.writeStringProperty("code", issue.code());
        g.writeStringProperty("pointer", issue.pointer());
        g.writeStringProperty("source", Reporter.source(issue));
        g.writeStringProperty("message", issue.message());
        if (finding.line() != null) {
          g.writeNumberProperty("line", finding.line().longValue());
        }
        if (issue.location() != null) {
          g.writeNumberProperty("column", issue.location().column());
        }
        if (issue.cause() != null) {
          g.writeObjectPropertyStart("cause");
          g.writeStringProperty("code", issue.cause().code());
          g.writeStringProperty("pointer", issue.cause().pointer());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  @Override
  public void endFile() {}

  @Override
  public void finish(Summary summary) {
    out.flush();
    err.println(summary.line(texts));
    err.flush();
  }
}
