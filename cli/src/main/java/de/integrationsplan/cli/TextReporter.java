package de.integrationsplan.cli;

import java.io.PrintWriter;

/**
 * Per document one line, its name and verdict ({@code plan.json: ungültig (1 Fehler, 0 Warnungen)};
 * in NDJSON {@code file:line}), then its findings indented, one a line,
 * {@code Zeile 115: /goals/1/dueDate code Fehler: message}, and at the end the total. In NDJSON the
 * findings of a document need no line of their own: the document's line is in its name. Quiet
 * leaves out the valid documents, warnings and all, so that what needs doing stands alone.
 */
final class TextReporter implements Reporter {
  private final PrintWriter out;
  private final Texts texts;
  private final boolean quiet;

  TextReporter(PrintWriter out, Texts texts, boolean quiet) {
    this.out = out;
    this.texts = texts;
    this.quiet = quiet;
  }

  @Override
  public boolean writes(DocumentResult result) {
    return !quiet || !result.valid();
  }

  @Override
  public void document(DocumentResult result) {
    if (!writes(result)) {
      return;
    }
    StringBuilder line = new StringBuilder(result.name()).append(": ")
        .append(texts.get(result.valid() ? "document.valid" : "document.invalid"));
    if (!result.findings().isEmpty()) {
      line.append(" (").append(Reporter.counts(texts, result)).append(')');
    }
    out.println(line);
    for (Finding finding : result.findings()) {
      out.println("  " + Reporter.finding(texts, finding, result.line() == null));
    }
  }

  @Override
  public void finish(Summary summary) {
    out.println(summary.line(texts));
    out.flush();
  }
}
