package de.integrationsplan.cli;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads plans for {@code redact} and {@code stats}, one document at a time, and hands on only the
 * valid ones: a document with an error (warnings are allowed) is reported on standard error, one
 * line per error, {@code file[:line] code message} (never a value of the document), and skipped.
 *
 * <p>Each document is read and validated once, by {@link PlanValidator}, as {@code validate} does,
 * so a document passes here exactly when {@code validate} finds no error in it, and its errors have
 * the codes and places {@code validate} reports ({@code schema.*} for structure, {@code json.*} for
 * syntax and limits, {@code plan.*} for rules). The report carries the plan, of whichever format
 * the document follows (1.x or 2.x); the sinks take both. A document is held as bytes up to the size
 * limit, never more.
 */
final class PlanReader {

  /** Receives each valid plan. */
  interface Sink {
    /**
     * Takes a plan.
     *
     * @return {@code null} when the plan was taken, else the error why not (the document then counts
     *     as invalid and skipped, and the error is reported as the validator's are)
     */
    @Nullable ValidationIssue accept(Plan plan);
  }

  private final Context context;
  private final PrintWriter err;
  private final Texts texts;
  private final JsonLimits limits = JsonLimits.defaults();
  private final PlanValidator validator;
  private long documents;
  private long invalid;

  PlanReader(Context context, PrintWriter err, Texts texts) {
    this.context = context;
    this.err = err;
    this.texts = texts;
    this.validator = PlanValidator.builder().locale(context.lang().locale()).limits(limits).build();
  }

  /** Documents read, valid or not. */
  long documents() {
    return documents;
  }

  /** Documents reported and skipped. */
  long invalid() {
    return invalid;
  }

  /**
   * Reads every input in turn and passes each valid plan to the sink. A fault of standard output
   * in the sink ends the run ({@link CheckedOutput.Failed}).
   *
   * @return {@code false} when an input could not be read or there was no document at all (both
   *     reported), else {@code true}
   */
  boolean read(List<PlanInputs.Input> inputs, Sink sink) {
    boolean ok = true;
    for (PlanInputs.Input input : inputs) {
      try {
        Path path = input.path();
        if (path == null) {
          ndjson(input.name(), context.stdin(), sink);
        } else if (input.ndjson()) {
          try (InputStream in = Files.newInputStream(path)) {
            ndjson(input.name(), in, sink);
          }
        } else {
          byte[] bytes;
          try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(maxBytes());
          }
          document(input.name(), null, bytes, sink);
        }
      } catch (IOException | UncheckedIOException e) {
        err.println(texts.get("path.unreadable", input.name()));
        debug(e);
        ok = false;
      }
    }
    if (invalid > 0) {
      err.println(texts.get("skipped.summary", invalid, documents));
    }
    if (ok && documents == 0) {
      err.println(texts.get("input.empty"));
      ok = false;
    }
    err.flush();
    return ok;
  }

  private int maxBytes() {
    return Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
  }

  private void ndjson(String name, InputStream in, Sink sink) throws IOException {
    NdjsonLines lines = new NdjsonLines(in);
    while (lines.next()) {
      long line = lines.lineNumber();
      byte[] bytes = lines.line().readNBytes(maxBytes());
      document(name, line, bytes, sink);
    }
  }

  /** One document: valid plans to the sink, the errors of others to standard error. */
  private void document(String file, @Nullable Long line, byte[] bytes, Sink sink) {
    documents++;
    ValidationReport report;
    try {
      report = validator.validate(bytes);
    } catch (RuntimeException | StackOverflowError e) {
      unexpected(file, line, e);
      return;
    }
    Plan plan = report.plan(Plan.class).orElse(null); // of any version: 1.x and 2.x
    if (plan == null || !report.isValid()) {
      invalid++;
      for (ValidationIssue issue : report.issues()) {
        if (issue.severity() == Severity.ERROR) {
          report(file, line, issue);
        }
      }
      return;
    }
    ValidationIssue refused;
    try {
      refused = sink.accept(plan);
    } catch (CheckedOutput.Failed e) {
      throw e;
    } catch (RuntimeException e) {
      unexpected(file, line, e);
      return;
    }
    if (refused != null) {
      invalid++;
      report(file, line, refused);
    }
  }

  /** {@code file[:line] code message}: in NDJSON the document's line, in a JSON file the finding's. */
  private void report(String file, @Nullable Long line, ValidationIssue issue) {
    Long at = line;
    if (at == null && issue.location() != null) {
      at = (long) issue.location().line();
    }
    err.println((at == null ? file : file + ":" + at) + " " + issue.code() + " " + issue.message());
  }

  /** A fault of the validator or the sink: the document counts as invalid, and the run goes on. */
  private void unexpected(String file, @Nullable Long line, Throwable e) {
    invalid++;
    err.println(texts.get("error.document", line == null ? file : file + ":" + line, e.getClass().getSimpleName()));
    debug(e);
    report(file, line, DocumentCheck.checkFailed(validator.locale()));
  }

  private void debug(Throwable e) {
    if (context.debug()) {
      Traces.print(e, err);
    }
  }
}
