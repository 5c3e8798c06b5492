package de.integrationsplan.cli;

import de.integrationsplan.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan validate [--format text|json|junit|sarif|github] [--quiet] [--threads N] PATH...}: checks files,
 * folders (recursively, {@code *.json} and {@code *.ndjson} in sorted order), NDJSON files (one plan
 * a line, streamed) and standard input ({@code -}).
 *
 * <p>This thread reads the documents one after the other and hands each, as bytes, to
 * {@link DocumentCheck} on {@code --threads} threads (all processors by default), in batches of up
 * to 16 small documents; {@link InOrder} brings the results back in input order and bounds the
 * documents in flight, so the output is that of one thread, byte for byte, and memory stays bounded
 * however long an NDJSON file is.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {

  /** What standard input is called in the output. */
  static final String STDIN = PlanInputs.STDIN;

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json|junit|sarif|github", defaultValue = "text", descriptionKey = "format")
  private Format format = Format.text;

  /** Only the invalid documents, in text. */
  @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet")
  private boolean quiet;

  /** Taken as text and checked here, for a message in the language of the run. */
  @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
  private @Nullable String threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "path")
  private List<String> paths = new ArrayList<>();

  private final JsonLimits limits = JsonLimits.defaults();
  private @Nullable PrintWriter err;
  private @Nullable Texts texts;
  private boolean pathFault;

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());
    this.err = err;
    this.texts = texts;

    int threads = Runtime.getRuntime().availableProcessors();
    if (this.threads != null) {
      try {
        threads = Integer.parseInt(this.threads.strip());
      } catch (NumberFormatException e) {
        threads = 0;
      }
      if (threads < 1) {
        err.println(texts.get("validate.threads.invalid", this.threads));
        err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
        err.flush();
        return Cli.USAGE;
      }
    }

    List<PlanInputs.Input> inputs = PlanInputs.resolve(paths, false, context, err, texts);
    if (inputs == null) {
      return Cli.USAGE;
    }

    DocumentCheck check = new DocumentCheck(context.lang().locale(), limits);
    Reporter reporter = switch (format) {
      case text -> new TextReporter(out, texts, quiet);
      case json -> new JsonReporter(out, err, texts);
      case junit -> new JunitReporter(out, err, texts);
      case sarif -> new SarifReporter(out, err, texts, context.lang());
      case github -> new GithubReporter(out, err, texts);
    };
    Summary summary = new Summary();
    try (InOrder<List<Step>> pipeline = new InOrder<>(threads, 2 * threads + 2, windowBytes(check), batch -> {
      for (Step step : batch) {
        emit(step, reporter, summary);
      }
    })) {
      Batches steps = new Batches(check, pipeline, threads == 1 ? 1 : BATCH_DOCUMENTS);
      for (PlanInputs.Input input : inputs) {
        steps.add(new Step.Begin(input.name()));
        try {
          Path path = input.path();
          if (path == null) {
            stdin(check, input, steps);
          } else if (input.ndjson()) {
            ndjson(check, input, path, steps);
          } else {
            json(check, input, path, steps);
          }
        } catch (IOException | UncheckedIOException e) {
          steps.add(new Step.Unreadable(input.name(), e));
        }
        steps.add(Step.End.END);
      }
      steps.flush();
      pipeline.drain();
    }
    context.progress().clear();
    reporter.finish(summary);
    if (pathFault) {
      err.flush();
      return Cli.USAGE;
    }
    if (summary.documents() == 0) {
      // an empty folder or file, or a pattern that matched only other files: a typo must not pass
      err.println(texts.get("input.empty"));
      err.flush();
      return Cli.USAGE;
    }
    err.flush();
    return summary.invalid() > 0 ? Cli.INVALID : Cli.OK;
  }

  /**
   * What the reading thread hands on, in input order: a file begins, a document was checked, a file
   * could not be read, a file ends.
   */
  private sealed interface Step {
    record Begin(String file) implements Step {}

    record Document(Checked checked) implements Step {}

    record Unreadable(String file, Exception fault) implements Step {}

    enum End implements Step { END }
  }

  /**
   * Documents checked by one thread in one go, and their bytes at most: one hand-over between
   * threads per batch instead of per document. The window holds two batches per thread and two more:
   * enough to keep every thread busy past a slow document, and few enough that what is in flight fits
   * the young generation's survivor space, so that a young collection does not promote it (with
   * 64 batches per thread, a 64 MB heap collected fully again and again, and two threads were slower
   * than one).
   */
  private static final int BATCH_DOCUMENTS = 16;
  private static final long BATCH_BYTES = 64 << 10;

  /**
   * Collects the steps of the input in order, the documents among them still to check, and hands
   * them to the pipeline in batches: one task checks a batch's documents on one thread. With one
   * thread a batch is one document, so that each result is written as soon as it is known.
   */
  private static final class Batches {
    private final DocumentCheck check;
    private final InOrder<List<Step>> pipeline;
    private final int maxDocuments;
    private List<Object> items = new ArrayList<>();
    private int documents;
    private long bytes;

    /** A document to check, in a batch. */
    private record Pending(String file, @Nullable Long line, byte[] json) {}

    Batches(DocumentCheck check, InOrder<List<Step>> pipeline, int maxDocuments) {
      this.check = check;
      this.pipeline = pipeline;
      this.maxDocuments = maxDocuments;
    }

    void add(Step step) {
      items.add(step);
    }

    void document(String file, @Nullable Long line, byte[] json) {
      items.add(new Pending(file, line, json));
      documents++;
      bytes += json.length;
      if (documents >= maxDocuments || bytes >= BATCH_BYTES) {
        flush();
      }
    }

    void flush() {
      if (items.isEmpty()) {
        return;
      }
      List<Object> batch = items;
      items = new ArrayList<>();
      if (documents == 0) {
        pipeline.add(steps(batch));
      } else {
        pipeline.submit(() -> steps(batch), bytes);
      }
      documents = 0;
      bytes = 0;
    }

    /** The batch's steps, its documents checked; called on a thread of the pipeline. */
    private List<Step> steps(List<Object> batch) {
      List<Step> steps = new ArrayList<>(batch.size());
      for (Object item : batch) {
        steps.add(item instanceof Pending p ? new Step.Document(check.check(p.file(), p.line(), p.json())) : (Step) item);
      }
      return steps;
    }
  }

  /** The bytes of documents in flight: an eighth of the heap, at most 64 MiB. */
  private static long windowBytes(DocumentCheck check) {
    return Math.max(check.maxBytes(), Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
  }

  private void json(DocumentCheck check, PlanInputs.Input input, Path path, Batches steps) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      document(check, input.name(), null, in, steps);
    }
  }

  private void stdin(DocumentCheck check, PlanInputs.Input input, Batches steps) {
    document(check, input.name(), null, context.stdin(), steps);
  }

  private void ndjson(DocumentCheck check, PlanInputs.Input input, Path path, Batches steps) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      NdjsonLines lines = new NdjsonLines(in);
      while (lines.next()) {
        document(check, input.name(), lines.lineNumber(), lines.line(), steps);
      }
    }
  }

  /** Reads one document's bytes (up to the size limit and one byte) and hands it to the threads. */
  private static void document(DocumentCheck check, String file, @Nullable Long line, InputStream in,
      Batches steps) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(check.maxBytes());
    } catch (IOException e) {
      steps.add(new Step.Document(check.unreadable(file, line)));
      return;
    } catch (RuntimeException e) {
      // as a fault of the validator: this document counts as invalid, the run goes on
      steps.add(new Step.Document(check.failed(file, line, e)));
      return;
    }
    steps.document(file, line, bytes);
  }

  /** Hands one step to the reporter and the summary; called in input order, on the reading thread. */
  private void emit(Step step, Reporter reporter, Summary summary) {
    Progress progress = context.progress();
    PrintWriter err = this.err;
    Texts texts = this.texts;
    assert err != null && texts != null;
    if (step instanceof Step.Begin begin) {
      summary.file();
      reporter.beginFile(begin.file());
    } else if (step instanceof Step.End) {
      reporter.endFile();
    } else if (step instanceof Step.Unreadable unreadable) {
      progress.clear();
      err.println(texts.get("path.unreadable", unreadable.file()));
      debug(unreadable.fault());
      pathFault = true;
    } else if (step instanceof Step.Document document) {
      DocumentResult result;
      if (document.checked() instanceof Checked.Failed failed) {
        // an unexpected fault is one line on standard error (a trace only with --debug) and a finding
        progress.clear();
        err.println(texts.get("error.document", failed.result().name(), failed.fault().getClass().getSimpleName()));
        debug(failed.fault());
        result = failed.result();
      } else {
        result = ((Checked.Done) document.checked()).result();
      }
      summary.add(result);
      if (progress.enabled()) {
        if (reporter.writes(result)) {
          progress.clear();
        }
        reporter.document(result);
        spec.commandLine().getOut().flush();
        progress.update(texts, summary.documents());
      } else {
        reporter.document(result);
      }
    }
  }

  private void debug(Throwable e) {
    PrintWriter err = this.err;
    if (context.debug() && err != null) {
      Traces.print(e, err);
    }
  }
}
