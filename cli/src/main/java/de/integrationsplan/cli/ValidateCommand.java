package de.integrationsplan.cli;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.schema.DocumentValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan validate [--format text|json|junit] PATH...}: checks files, folders
 * (recursively, {@code *.json} and {@code *.ndjson} in sorted order), NDJSON files (one plan a
 * line, streamed) and standard input ({@code -}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {

  /** What standard input is called in the output. */
  static final String STDIN = "<stdin>";

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json|junit", defaultValue = "text", descriptionKey = "format")
  private Format format = Format.text;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "path")
  private List<String> paths = new ArrayList<>();

  private final JsonLimits limits = JsonLimits.defaults();
  private @Nullable PrintWriter err;
  private @Nullable Texts texts;
  private boolean pathFault;

  ValidateCommand(Context context) {
    this.context = context;
  }

  /** An input: a JSON file, an NDJSON file or standard input. */
  private record Input(String name, @Nullable Path path, boolean ndjson) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());
    this.err = err;
    this.texts = texts;

    List<Input> inputs = inputs();
    if (pathFault) {
      err.flush();
      return Cli.USAGE;
    }

    DocumentValidator validator = DocumentValidator.builder()
        .locale(context.lang().locale()).limits(limits).build();
    Reporter reporter = switch (format) {
      case text -> new TextReporter(out, texts);
      case json -> new JsonReporter(out, err, texts);
      case junit -> new JunitReporter(out, err, texts);
    };
    Summary summary = new Summary();
    Progress progress = context.progress();
    for (Input input : inputs) {
      summary.file();
      reporter.beginFile(input.name());
      try {
        if (input.path() == null) {
          stdin(validator, input, reporter, summary);
        } else if (input.ndjson()) {
          ndjson(validator, input, reporter, summary);
        } else {
          json(validator, input, reporter, summary);
        }
      } catch (IOException | UncheckedIOException e) {
        progress.clear();
        err.println(texts.get("path.unreadable", input.name()));
        debug(e);
        pathFault = true;
      }
      reporter.endFile();
    }
    progress.clear();
    reporter.finish(summary);
    err.flush();
    if (pathFault) {
      return Cli.USAGE;
    }
    return summary.invalid() > 0 ? Cli.INVALID : Cli.OK;
  }

  /** The inputs in order: each argument in turn, a folder's files sorted by path. */
  private List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    for (String arg : paths) {
      if (arg.equals("-")) {
        inputs.add(new Input(STDIN, null, false));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        pathError("path.notFound", arg);
        continue;
      }
      if (!Files.exists(path)) {
        pathError("path.notFound", arg);
      } else if (!Files.isReadable(path)) {
        pathError("path.unreadable", arg);
      } else if (Files.isDirectory(path)) {
        inputs.addAll(folder(path));
      } else {
        inputs.add(new Input(arg, path, isNdjson(path)));
      }
    }
    return inputs;
  }

  private List<Input> folder(Path folder) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
          if (attrs.isRegularFile() && (name.endsWith(".json") || name.endsWith(".ndjson"))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          pathError("path.unreadable", file.toString());
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      pathError("path.unreadable", folder.toString());
    }
    found.sort(null);
    List<Input> inputs = new ArrayList<>();
    for (Path file : found) {
      inputs.add(new Input(file.toString(), file, isNdjson(file)));
    }
    return inputs;
  }

  private static boolean isNdjson(Path path) {
    return path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
  }

  private void json(DocumentValidator validator, Input input, Reporter reporter, Summary summary) throws IOException {
    Path path = input.path();
    assert path != null;
    ValidationReport report;
    try (InputStream in = Files.newInputStream(path)) {
      report = check(validator, in, input.name(), null, summary);
    }
    if (report == null) {
      return;
    }
    Map<String, Long> lines = Map.of();
    List<String> unplaced = unplaced(report);
    if (!unplaced.isEmpty()) {
      try (InputStream in = Files.newInputStream(path)) {
        lines = new PointerLines(limits).find(in, unplaced);
      }
    }
    emit(reporter, summary, new DocumentResult(input.name(), null, report.isValid(), findings(report, lines)));
  }

  private void stdin(DocumentValidator validator, Input input, Reporter reporter, Summary summary) {
    CapturingInputStream in = new CapturingInputStream(context.stdin(), limits.maxDocumentBytes());
    ValidationReport report = check(validator, in, input.name(), null, summary);
    if (report == null) {
      return;
    }
    Map<String, Long> lines = Map.of();
    List<String> unplaced = unplaced(report);
    byte[] bytes = in.bytes();
    if (!unplaced.isEmpty() && bytes != null) {
      lines = new PointerLines(limits).find(new java.io.ByteArrayInputStream(bytes), unplaced);
    }
    emit(reporter, summary, new DocumentResult(input.name(), null, report.isValid(), findings(report, lines)));
  }

  private void ndjson(DocumentValidator validator, Input input, Reporter reporter, Summary summary) throws IOException {
    Path path = input.path();
    assert path != null;
    try (InputStream in = Files.newInputStream(path)) {
      NdjsonLines lines = new NdjsonLines(in);
      while (lines.next()) {
        long line = lines.lineNumber();
        ValidationReport report = check(validator, lines.line(), input.name(), line, summary);
        if (report == null) {
          continue;
        }
        List<Finding> findings = new ArrayList<>();
        for (ValidationIssue issue : report.issues()) {
          findings.add(new Finding(issue, line));
        }
        emit(reporter, summary, new DocumentResult(input.name(), line, report.isValid(), findings));
      }
    }
  }

  /**
   * Validates one document; an unexpected fault is reported in one line (a stack trace only with
   * {@code --debug}), counted as an invalid document, and {@code null} is returned.
   */
  private @Nullable ValidationReport check(DocumentValidator validator, InputStream in, String file,
      @Nullable Long line, Summary summary) {
    try {
      return validator.validate(in);
    } catch (RuntimeException | StackOverflowError e) {
      context.progress().clear();
      PrintWriter err = this.err;
      Texts texts = this.texts;
      assert err != null && texts != null;
      err.println(texts.get("error.document", line == null ? file : file + ":" + line, e.getClass().getSimpleName()));
      debug(e);
      summary.failed();
      return null;
    }
  }

  private void emit(Reporter reporter, Summary summary, DocumentResult result) {
    Progress progress = context.progress();
    summary.add(result);
    if (progress.enabled()) {
      if (!result.findings().isEmpty()) {
        progress.clear();
      }
      reporter.document(result);
      spec.commandLine().getOut().flush();
      Texts texts = this.texts;
      assert texts != null;
      progress.update(texts, summary.documents());
    } else {
      reporter.document(result);
    }
  }

  /** The pointers of findings without a line of their own: the schema's and the rules'. */
  private static List<String> unplaced(ValidationReport report) {
    return report.issues().stream()
        .filter(i -> i.location() == null)
        .map(ValidationIssue::pointer)
        .distinct()
        .toList();
  }

  private static List<Finding> findings(ValidationReport report, Map<String, Long> lines) {
    List<Finding> findings = new ArrayList<>();
    for (ValidationIssue issue : report.issues()) {
      Long line = issue.location() != null ? Long.valueOf(issue.location().line()) : lines.get(issue.pointer());
      findings.add(new Finding(issue, line));
    }
    return findings;
  }

  private void pathError(String key, String path) {
    PrintWriter err = this.err;
    Texts texts = this.texts;
    assert err != null && texts != null;
    err.println(texts.get(key, path));
    pathFault = true;
  }

  private void debug(Throwable e) {
    if (context.debug() && err != null) {
      e.printStackTrace(err);
    }
  }
}
