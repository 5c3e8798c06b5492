package de.integrationsplan.cli;

import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.TextLocation;
import de.integrationsplan.core.validation.ValidationIssue;
import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Writes the results of one run in one format, as they come: file by file, document by document. */
interface Reporter {

  /** A file (or standard input) begins; most formats need not know. */
  default void beginFile(String file) {}

  /** A document was checked. */
  void document(DocumentResult result);

  /**
   * Whether {@link #document} writes to standard output for this document, so that a progress
   * line on the terminal is cleared first: by default, when it has findings.
   */
  default boolean writes(DocumentResult result) {
    return !result.findings().isEmpty();
  }

  /** The file ends; most formats need not know. */
  default void endFile() {}

  /** The run ends. */
  void finish(Summary summary);

  /**
   * Ends a machine-readable output: standard output flushed, then the summary line on standard
   * error, so that standard output holds the format only.
   */
  static void summaryOnStandardError(PrintWriter out, PrintWriter err, Texts texts, Summary summary) {
    out.flush();
    err.println(summary.line(texts));
    err.flush();
  }

  /** {@code parser}, {@code schema} or {@code rule}. */
  static String source(ValidationIssue issue) {
    return issue.source().name().toLowerCase(Locale.ROOT);
  }

  /** {@code error}, {@code warning} or {@code info}. */
  static String severity(ValidationIssue issue) {
    return issue.severity().name().toLowerCase(Locale.ROOT);
  }

  /**
   * A finding as people read it, {@code Zeile 115: /goals/1/dueDate plan.goal.dueBeforeAgreement
   * Fehler: message}; without the line where it is unknown or not wanted.
   */
  static String finding(Texts texts, Finding finding, boolean withLine) {
    StringBuilder text = new StringBuilder();
    if (withLine && finding.line() != null) {
      text.append(texts.get("finding.line", finding.line())).append(' ');
    }
    return text.append(readablePointer(finding.issue()))
        .append(' ').append(finding.issue().code())
        .append(' ').append(texts.get("severity." + finding.issue().severity().name()))
        .append(": ").append(finding.issue().message()).toString();
  }

  /** A document's counts that are not zero, {@code 2 Fehler, 1 Warnung} or {@code 1 Warnung}. */
  static String counts(Texts texts, DocumentResult result) {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    if (errors > 0 && warnings > 0) {
      return texts.get("document.errors", errors) + ", " + texts.get("document.warnings", warnings);
    }
    return warnings > 0 ? texts.get("document.warnings", warnings) : texts.get("document.errors", errors);
  }

  /**
   * The column of a finding, where known: in a whole file the issue's own; in NDJSON, where the
   * document is one line, the column within it.
   */
  static @Nullable Integer column(DocumentResult result, Finding finding) {
    TextLocation location = finding.issue().location();
    if (location == null || (result.line() != null && location.line() != 1)) {
      return null;
    }
    return location.column();
  }

  /** The pointer as people read it: {@code /} for the whole document. */
  static String readablePointer(ValidationIssue issue) {
    return issue.pointer().isEmpty() ? "/" : issue.pointer();
  }
}
