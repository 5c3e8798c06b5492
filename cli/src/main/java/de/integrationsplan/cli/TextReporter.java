package de.integrationsplan.cli;

import java.io.PrintWriter;

/**
 * One line per finding, {@code file[:line] pointer code Severity: message}, then the summary line.
 * The pointer of the whole document is written {@code /}.
 */
final class TextReporter implements Reporter {
  private final PrintWriter out;
  private final Texts texts;

  TextReporter(PrintWriter out, Texts texts) {
    this.out = out;
    this.texts = texts;
  }

  @Override
  public void beginFile(String file) {}

  @Override
  public void document(DocumentResult result) {
    for (Finding finding : result.findings()) {
      StringBuilder line = new StringBuilder(result.file());
      if (finding.line() != null) {
        line.append(':').append(finding.line());
      }
      line.append(' ').append(Reporter.readablePointer(finding.issue()))
          .append(' ').append(finding.issue().code())
          .append(' ').append(texts.get("severity." + finding.issue().severity().name()))
          .append(": ").append(finding.issue().message());
      out.println(line);
    }
  }

  @Override
  public void endFile() {}

  @Override
  public void finish(Summary summary) {
    out.println(summary.line(texts));
    out.flush();
  }
}
