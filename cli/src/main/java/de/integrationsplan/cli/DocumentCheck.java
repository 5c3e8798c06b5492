package de.integrationsplan.cli;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.validation.Codes;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks one document for {@code validate}: bytes in, {@link Checked} out. This is the one place
 * where the command calls the validation engine; reading, ordering and reporting stay outside.
 *
 * <p>Findings get lines: a document of an NDJSON file has one line, which all its findings get; a
 * whole file's findings get the line of their place, which {@link PlanValidator} gives every
 * finding on a document it read (the rules' findings too): the file is read once.
 *
 * <p>Immutable and thread-safe: one instance serves every thread of a run.
 */
final class DocumentCheck {

  /** The code of the finding on a document whose check failed unexpectedly. */
  static final String CHECK_FAILED = "cli.checkFailed";

  private final PlanValidator validator;
  private final int maxBytes;
  private final ValidationIssue checkFailed;

  DocumentCheck(Locale locale, JsonLimits limits) {
    this.validator = PlanValidator.builder().locale(locale).limits(limits).build();
    this.maxBytes = Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    this.checkFailed = checkFailed(locale);
  }

  /**
   * The finding on a document whose check failed unexpectedly: an error on the whole document, so
   * that the document is reported and counted invalid in every format, with a message of our own
   * rather than the exception's, which may quote the document.
   *
   * @param locale the language
   * @return the finding
   */
  static ValidationIssue checkFailed(Locale locale) {
    return new ValidationIssue(Severity.ERROR, CHECK_FAILED, "", IssueSource.PARSER,
        Codes.message(CHECK_FAILED, locale, Map.of()), null);
  }

  /**
   * How many bytes of a document to read and hand to {@link #check}: the size limit and one byte
   * more, so that a longer document is rejected for its size, as when it is read whole.
   */
  int maxBytes() {
    return maxBytes;
  }

  /**
   * Validates one document. An unexpected fault of the validator is caught and returned as
   * {@link Checked.Failed} with its finding, so that the run goes on with the next document.
   *
   * @param file the file as named in the output, {@code <stdin>} for standard input
   * @param line the document's line in an NDJSON file, {@code null} for a whole file
   * @param json the document's bytes, at most {@link #maxBytes()}
   * @return the outcome
   */
  Checked check(String file, @Nullable Long line, byte[] json) {
    ValidationReport report;
    long start = System.nanoTime();
    try {
      report = validator.validate(json);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(file, line, e);
    }
    return new Checked.Done(result(file, line, report, System.nanoTime() - start));
  }

  /**
   * The outcome for a document whose check failed unexpectedly.
   *
   * @param file the file as named in the output
   * @param line the document's line in an NDJSON file, {@code null} for a whole file
   * @param fault what went wrong
   * @return the outcome, with the finding {@link #CHECK_FAILED}
   */
  Checked failed(String file, @Nullable Long line, Throwable fault) {
    return new Checked.Failed(new DocumentResult(file, line, false, List.of(new Finding(checkFailed, line))), fault);
  }

  /**
   * The outcome for a document whose bytes could not be read: the validator's own report of a
   * stream that fails ({@code json.io}).
   *
   * @param file the file as named in the output
   * @param line the document's line in an NDJSON file, {@code null} for a whole file
   * @return the outcome
   */
  Checked unreadable(String file, @Nullable Long line) {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("unreadable");
      }
    };
    return new Checked.Done(result(file, line, validator.validate(failing), 0));
  }

  private DocumentResult result(String file, @Nullable Long line, ValidationReport report, long nanos) {
    List<Finding> findings = new ArrayList<>();
    if (line != null) {
      for (ValidationIssue issue : report.issues()) {
        findings.add(new Finding(issue, line));
      }
      return new DocumentResult(file, line, report.isValid(), findings, nanos);
    }
    for (ValidationIssue issue : report.issues()) {
      findings.add(new Finding(issue, issue.location() != null ? Long.valueOf(issue.location().line()) : null));
    }
    return new DocumentResult(file, null, report.isValid(), findings, nanos);
  }
}
