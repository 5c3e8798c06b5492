package de.integrationsplan.cli;

import de.integrationsplan.report.PeriodReport;
import de.integrationsplan.report.PopulationFileException;
import de.integrationsplan.report.ReportCounting;
import de.integrationsplan.report.ReportResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan report --from DATE --to DATE [--at DATE] [--population FILE]
 * --key-file K [--format csv|json|xlsx|html] [PATH|-]...}: the period report for the Land
 * ({@link PeriodReport}), counted plan by plan from files, folders, NDJSON or standard input as
 * {@code stats} reads them, and written to standard output, every count perturbed by the cell-key
 * method with record keys from the key file.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class ReportCommand implements Callable<Integer> {

  /** The output formats. */
  enum ReportFormat {
    csv,
    json,
    xlsx,
    html
  }

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "from")
  private String from = "";

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "to")
  private String to = "";

  @Option(names = "--at", paramLabel = "YYYY-MM-DD", descriptionKey = "at")
  private @Nullable String at;

  @Option(names = "--population", paramLabel = "FILE", descriptionKey = "population")
  private @Nullable String population;

  @Option(names = "--key-file", required = true, paramLabel = "K", descriptionKey = "keyFile")
  private String keyFile = "";

  @Option(names = "--format", paramLabel = "csv|json|xlsx|html", defaultValue = "csv", descriptionKey = "format")
  private ReportFormat format = ReportFormat.csv;

  @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "path")
  private List<String> paths = new ArrayList<>();

  ReportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());

    LocalDate first = date(from, "--from", err, texts);
    LocalDate last = date(to, "--to", err, texts);
    LocalDate stichtag = at == null ? last : date(at, "--at", err, texts);
    if (first == null || last == null || stichtag == null) {
      return usage(err, texts, null);
    }
    if (last.isBefore(first)) {
      return usage(err, texts, texts.get("report.periodReversed", first, last));
    }
    Map<String, Long> persons = Map.of();
    if (population != null) {
      persons = readPopulation(population, err, texts);
      if (persons == null) {
        return usage(err, texts, null);
      }
    }
    byte[] key = RedactCommand.readKey(keyFile, err, texts);
    if (key == null) {
      return usage(err, texts, null);
    }
    PeriodReport report;
    try {
      report = PeriodReport.builder().period(first, last).stichtag(stichtag).population(persons).key(key).build();
    } catch (IllegalArgumentException e) { // the length is checked above: a weak key
      return usage(err, texts, texts.get("key.weak", keyFile, 8));
    } finally {
      Arrays.fill(key, (byte) 0);
    }

    List<PlanInputs.Input> inputs = PlanInputs.resolve(paths, context, err, texts);
    if (inputs == null) {
      return Cli.USAGE;
    }
    ReportCounting counting = report.counting();
    PlanReader reader = new PlanReader(context, err, texts);
    boolean readable = reader.read(inputs, plan -> {
      counting.add(plan);
      return null;
    });
    try (ReportResult result = counting.finish()) {
      if (!readable) {
        return Cli.USAGE;
      }
      spec.commandLine().getOut().flush();
      CheckedOutput out = context.stdout();
      switch (format) {
        case csv -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          result.writeCsv(w);
        }
        case json -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          result.writeJson(w);
        }
        case xlsx -> result.writeXlsx(out);
        case html -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          result.writeHtml(w, context.lang().locale());
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reader.invalid() > 0 ? Cli.INVALID : Cli.OK;
  }

  private static @Nullable LocalDate date(String value, String option, PrintWriter err, Texts texts) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      err.println(texts.get("date.invalid", option, value));
      return null;
    }
  }

  private static @Nullable Map<String, Long> readPopulation(String file, PrintWriter err, Texts texts) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      err.println(texts.get("path.notFound", Printable.of(file)));
      return null;
    }
    if (!Files.isRegularFile(path)) {
      err.println(texts.get(Files.exists(path) ? "path.unreadable" : "path.notFound", Printable.of(file)));
      return null;
    }
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return PeriodReport.readPopulation(in);
    } catch (CharacterCodingException e) {
      // a spreadsheet's CSV export in Windows-1252, say: readable, but not the UTF-8 it must be
      err.println(texts.get("report.population.encoding", Printable.of(file)));
      return null;
    } catch (IOException | UncheckedIOException e) {
      err.println(texts.get("path.unreadable", Printable.of(file)));
      return null;
    } catch (PopulationFileException e) { // the line and the fault, never a value of the file
      String fault = texts.get("report.population.fault." + e.fault().name(), PeriodReport.MAX_POPULATION_ROWS);
      err.println(texts.get("report.population.invalid", Printable.of(file), e.line(), fault));
      return null;
    }
  }

  private int usage(PrintWriter err, Texts texts, @Nullable String line) {
    if (line != null) {
      err.println(line);
    }
    err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
    err.flush();
    return Cli.USAGE;
  }
}
