package de.integrationsplan.cli;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.migration.MigrationResult;
import de.integrationsplan.core.migration.PlanMigration;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code integrationsplan migrate [--output FILE|DIR] [--format text|json] [PATH|-]...}: turns
 * plans of format 1.0 into plans of format 2.0 ({@link PlanMigration}).
 *
 * <p>Inputs are read as {@code redact} reads them ({@link PlanInputs}): files, folders, NDJSON
 * files and standard input as NDJSON, the default. Each document is validated first, by the
 * validator of its own major: a valid 1.0 plan is migrated, a valid 2.0 plan passed through
 * unchanged (with the note {@code migration.alreadyCurrent}), an invalid document is left out and
 * its errors reported. Without {@code --output} every plan goes to standard output as one NDJSON
 * line; {@code --output FILE.json} takes one JSON file and writes the plan pretty-printed; any other
 * {@code --output FILE} gets NDJSON; {@code --output DIR/} (an existing folder, or a name ending in
 * {@code /}) mirrors the inputs: a file keeps its name, a file in a folder given as input its path
 * below that folder, standard input becomes {@code stdin.ndjson}. An output file is written only
 * when something in it was migrated.
 *
 * <p>The findings (of the migration, with pointers into the 1.0 document, or of the validation of
 * an invalid input) go to standard error, in text or as JSON Lines. Exit codes are those of
 * {@code validate}: 0 every document migrated or passed through, 1 at least one invalid and left
 * out, 2 a usage error, an unreadable path, no document, or output that could not be written.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class MigrateCommand implements Callable<Integer> {

  /** The formats of the findings. */
  enum FindingsFormat {
    text,
    json
  }

  /** What became of one document. */
  private enum Outcome {
    migrated,
    current,
    invalid
  }

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", descriptionKey = "output")
  private @Nullable String output;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "format")
  private FindingsFormat format = FindingsFormat.text;

  @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "path")
  private List<String> paths = new ArrayList<>();

  private final JsonLimits limits = JsonLimits.defaults();
  private final PlanJson json = PlanJson.create();
  private final JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private @Nullable PlanValidator validator;
  private @Nullable PlanMigration migration;
  private long documents;
  private long migrated;
  private long current;
  private long invalid;
  private long warnings;

  MigrateCommand(Context context) {
    this.context = context;
  }

  /** An input and the name its output gets below an output folder. */
  private record Source(PlanInputs.Input input, String relative) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());
    Locale locale = context.lang().locale();
    validator = PlanValidator.builder().locale(locale).limits(limits).build();
    migration = PlanMigration.create(locale);

    List<Source> sources = sources(paths.isEmpty() ? List.of("-") : paths, err, texts);
    if (sources == null) {
      return Cli.USAGE;
    }
    Path outFile = null;
    Path outDir = null;
    boolean pretty = false;
    if (output != null) {
      Path target;
      try {
        target = Path.of(output);
      } catch (InvalidPathException e) {
        return usage(err, texts, texts.get("migrate.output.invalid", output));
      }
      if (Files.isDirectory(target) || output.endsWith("/") || output.endsWith(java.io.File.separator)) {
        outDir = target;
      } else {
        outFile = target;
        pretty = output.toLowerCase(Locale.ROOT).endsWith(".json");
        if (pretty && (sources.size() != 1 || sources.get(0).input().ndjson())) {
          return usage(err, texts, texts.get("migrate.output.oneDocument", output));
        }
      }
      java.util.Set<Path> targets = new java.util.HashSet<>();
      for (Source s : sources) {
        if (outDir != null && !targets.add(outDir.resolve(s.relative()).normalize())) {
          return usage(err, texts, texts.get("migrate.output.twice", s.relative()));
        }
      }
      for (Source s : sources) {
        Path in = s.input().path();
        Path out = outDir != null ? outDir.resolve(s.relative()) : outFile;
        if (in != null && out != null && same(in, out)) {
          return usage(err, texts, texts.get("output.isInput", s.input().name()));
        }
      }
    }

    spec.commandLine().getOut().flush();
    boolean readable = true;
    Sink shared = outFile != null ? new Sink(outFile, !pretty) : outDir == null ? new Sink(null, true) : null;
    try {
      for (Source source : sources) {
        PlanInputs.Input input = source.input();
        boolean wholeFile = input.path() != null && !input.ndjson();
        Sink sink = shared != null ? shared : new Sink(outDir.resolve(source.relative()), !wholeFile);
        try {
          Path path = input.path();
          if (path == null) {
            ndjson(input.name(), context.stdin(), sink, err, texts);
          } else if (input.ndjson()) {
            try (InputStream in = Files.newInputStream(path)) {
              ndjson(input.name(), in, sink, err, texts);
            }
          } else {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
              bytes = in.readNBytes(maxBytes());
            }
            document(input.name(), null, bytes, sink, err, texts);
          }
        } catch (IOException | UncheckedIOException e) {
          err.println(texts.get("path.unreadable", input.name()));
          debug(e, err);
          readable = false;
        }
        if (sink != shared) {
          sink.close();
        }
      }
      if (shared != null) {
        shared.close();
      }
    } catch (SinkFailed e) {
      debug(e.getCause() == null ? e : e.getCause(), err);
      err.println(texts.get("migrate.output.failed", e.target));
      err.flush();
      return Cli.USAGE;
    }
    if (format == FindingsFormat.text) {
      err.println(texts.get("migrate.summary", documents, migrated, current, invalid, warnings));
    }
    if (readable && documents == 0) {
      err.println(texts.get("input.empty"));
      readable = false;
    }
    err.flush();
    if (!readable) {
      return Cli.USAGE;
    }
    return invalid > 0 ? Cli.INVALID : Cli.OK;
  }

  /** The inputs, each with the name its output gets below an output folder; {@code null} after a fault. */
  private @Nullable List<Source> sources(List<String> args, PrintWriter err, Texts texts) {
    List<Source> sources = new ArrayList<>();
    boolean fault = false;
    for (String arg : args) {
      List<PlanInputs.Input> inputs = PlanInputs.resolve(List.of(arg), true, context, err, texts);
      if (inputs == null) {
        fault = true;
        continue;
      }
      Path root = null;
      try {
        Path p = Path.of(arg);
        root = !arg.equals("-") && Files.isDirectory(p) ? p : null;
      } catch (InvalidPathException e) {
        root = null;
      }
      for (PlanInputs.Input input : inputs) {
        Path path = input.path();
        String relative = path == null ? "stdin.ndjson"
            : root != null ? root.relativize(path).toString()
            : String.valueOf(path.getFileName());
        sources.add(new Source(input, relative));
      }
    }
    return fault ? null : sources;
  }

  private void ndjson(String name, InputStream in, Sink sink, PrintWriter err, Texts texts)
      throws IOException {
    NdjsonLines lines = new NdjsonLines(in);
    while (lines.next()) {
      long line = lines.lineNumber();
      byte[] bytes = lines.line().readNBytes(maxBytes());
      document(name, line, bytes, sink, err, texts);
    }
  }

  /** One document: validated by its own major, then migrated, passed through or left out. */
  private void document(String file, @Nullable Long line, byte[] bytes, Sink sink, PrintWriter err,
      Texts texts) {
    documents++;
    ValidationReport report;
    List<ValidationIssue> issues;
    Outcome outcome;
    try {
      report = validator().validate(bytes);
      Plan plan = report.plan();
      if (plan == null || !report.isValid()) {
        outcome = Outcome.invalid;
        issues = report.errors();
      } else {
        MigrationResult result = migration().migrate(plan);
        outcome = plan == result.plan() ? Outcome.current : Outcome.migrated;
        issues = result.issues();
        sink.plan(result.plan());
      }
    } catch (CheckedOutput.Failed | SinkFailed e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      debug(e, err);
      outcome = Outcome.invalid;
      issues = List.of(DocumentCheck.checkFailed(validator().locale()));
    }
    switch (outcome) {
      case migrated -> migrated++;
      case current -> current++;
      case invalid -> invalid++;
    }
    warnings += issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
    report(file, line, outcome, issues, err, texts);
  }

  /** The findings of a document on standard error: in text only where there is something to say. */
  private void report(String file, @Nullable Long line, Outcome outcome, List<ValidationIssue> issues,
      PrintWriter err, Texts texts) {
    String name = line == null ? file : file + ":" + line;
    if (format == FindingsFormat.json) {
      try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), err)) {
        g.writeStartObject();
        g.writeStringProperty("file", file);
        if (line != null) {
          g.writeNumberProperty("line", line.longValue());
        }
        g.writeStringProperty("result", outcome.name());
        g.writeArrayPropertyStart("issues");
        for (ValidationIssue issue : issues) {
          g.writeStartObject();
          g.writeStringProperty("severity", Reporter.severity(issue));
          g.writeStringProperty("code", issue.code());
          g.writeStringProperty("pointer", issue.pointer());
          g.writeStringProperty("source", Reporter.source(issue));
          g.writeStringProperty("message", issue.message());
          if (line == null && issue.location() != null) {
            g.writeNumberProperty("line", issue.location().line());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      err.println();
      return;
    }
    if (outcome == Outcome.migrated && issues.isEmpty()) {
      return;
    }
    err.println(name + ": " + texts.get("migrate.outcome." + outcome.name()));
    for (ValidationIssue issue : issues) {
      Long at = line == null && issue.location() != null ? Long.valueOf(issue.location().line()) : null;
      err.println("  " + Reporter.finding(texts, new Finding(issue, at), true));
    }
  }

  /** An output file could not be written; the run stops. */
  private static final class SinkFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String target;

    SinkFailed(String target, @Nullable Throwable cause) {
      super(null, cause, false, false);
      this.target = target;
    }
  }

  /**
   * Where migrated plans go: standard output, or a file opened on the first plan (so that an input
   * with nothing migrated leaves no file), as NDJSON lines or one pretty-printed document. A file
   * that cannot be written completely is removed, and the run stops.
   */
  private final class Sink {
    private final @Nullable Path target;
    private final boolean lines;
    private @Nullable OutputStream file;
    private @Nullable CheckedOutput out;
    /** Whether this run created the file, so that an incomplete one is removed; never a device or another's file. */
    private boolean created;

    Sink(@Nullable Path target, boolean lines) {
      this.target = target;
      this.lines = lines;
    }

    void plan(Plan plan) {
      CheckedOutput o = open();
      try {
        if (lines) {
          o.write(json.writeBytes(plan));
        } else {
          o.write((json.writePretty(plan) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (lines) {
          o.write('\n');
        }
        if (target == null) {
          o.flush();
        }
      } catch (CheckedOutput.Failed e) {
        throw target == null ? e : failed(null);
      }
    }

    private CheckedOutput open() {
      CheckedOutput o = out;
      if (o != null) {
        return o;
      }
      if (target == null) {
        o = context.stdout();
      } else {
        try {
          Path parent = target.toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          created = !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
          file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
          throw failed(e);
        }
        o = new CheckedOutput(file);
      }
      out = o;
      return o;
    }

    void close() {
      CheckedOutput o = out;
      if (o == null || target == null) {
        return;
      }
      try {
        o.flush();
        OutputStream f = file;
        if (f != null) {
          f.close();
        }
      } catch (CheckedOutput.Failed | IOException e) {
        throw failed(e);
      }
    }

    private SinkFailed failed(@Nullable Throwable cause) {
      Path t = target;
      String name = t == null ? "-" : t.toString();
      if (t != null) {
        try {
          OutputStream f = file;
          if (f != null) {
            f.close();
          }
        } catch (IOException ignored) {
          // the file is removed below in any case
        }
        if (created) {
          try {
            Files.deleteIfExists(t);
          } catch (IOException ignored) {
            // the message says that the output is incomplete
          }
        }
      }
      return new SinkFailed(name, cause);
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private int usage(PrintWriter err, Texts texts, String line) {
    err.println(line);
    err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
    err.flush();
    return Cli.USAGE;
  }

  private PlanValidator validator() {
    PlanValidator v = validator;
    if (v == null) {
      throw new IllegalStateException("not called");
    }
    return v;
  }

  private PlanMigration migration() {
    PlanMigration m = migration;
    if (m == null) {
      throw new IllegalStateException("not called");
    }
    return m;
  }

  private int maxBytes() {
    return Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
  }

  private void debug(Throwable e, PrintWriter err) {
    if (context.debug()) {
      Traces.print(e, err);
    }
  }
}
