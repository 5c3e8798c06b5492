package de.integrationsplan.cli;

import de.integrationsplan.core.validation.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one document.
 *
 * @param file the file as named on the command line, {@code <stdin>} for standard input
 * @param line the document's line in an NDJSON file, else {@code null}
 * @param valid whether no finding is an error
 * @param findings the findings, ordered by pointer
 * @param nanos how long checking it took, for JUnit's {@code time}
 */
record DocumentResult(String file, @Nullable Long line, boolean valid, List<Finding> findings, long nanos) {

  DocumentResult {
    findings = List.copyOf(findings);
  }

  /** A result whose checking was not timed, such as a document that could not be checked. */
  DocumentResult(String file, @Nullable Long line, boolean valid, List<Finding> findings) {
    this(file, line, valid, findings, 0);
  }

  /** The file, with {@code :line} for a document in an NDJSON file. */
  String name() {
    return line == null ? file : file + ":" + line;
  }

  long count(Severity severity) {
    return findings.stream().filter(f -> f.issue().severity() == severity).count();
  }
}
