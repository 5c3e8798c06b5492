package de.integrationsplan.cli;

import de.integrationsplan.core.validation.ValidationIssue;
import java.util.Locale;

/** Writes the results of one run in one format, as they come: file by file, document by document. */
interface Reporter {

  /** A file (or standard input) begins. */
  void beginFile(String file);

  /** A document was checked. */
  void document(DocumentResult result);

  /** The file ends. */
  void endFile();

  /** The run ends. */
  void finish(Summary summary);

  /** {@code parser}, {@code schema} or {@code rule}. */
  static String source(ValidationIssue issue) {
    return issue.source().name().toLowerCase(Locale.ROOT);
  }

  /** {@code error}, {@code warning} or {@code info}. */
  static String severity(ValidationIssue issue) {
    return issue.severity().name().toLowerCase(Locale.ROOT);
  }

  /** The pointer as people read it: {@code /} for the whole document. */
  static String readablePointer(ValidationIssue issue) {
    return issue.pointer().isEmpty() ? "/" : issue.pointer();
  }
}
