package de.integrationsplan.cli;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.privacy.Statistics;
import de.integrationsplan.core.privacy.StatisticsBuilder;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * {@code integrationsplan stats --at YYYY-MM-DD [--threshold K] [--format csv|json] [PATH|-]...}:
 * counts the valid plans active at the Stichtag, one at a time (the counts are kept, never the
 * plans), and writes the statistics with small-cell suppression as CSV or JSON. Documents with
 * errors are reported on standard error and skipped ({@link PlanReader}).
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class StatsCommand implements Callable<Integer> {

  /** The output formats. */
  enum StatsFormat {
    csv,
    json
  }

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "at")
  private String at = "";

  @Option(names = "--threshold", paramLabel = "K", defaultValue = "5", descriptionKey = "threshold")
  private String threshold = "5";

  @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", descriptionKey = "format")
  private StatsFormat format = StatsFormat.csv;

  @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "path")
  private List<String> paths = new ArrayList<>();

  StatsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());

    LocalDate stichtag;
    try {
      stichtag = LocalDate.parse(at.strip());
    } catch (DateTimeParseException e) {
      return usage(err, texts, texts.get("date.invalid", "--at", at));
    }
    int k;
    try {
      k = Integer.parseInt(threshold.strip());
    } catch (NumberFormatException e) {
      k = 0;
    }
    if (k < 1) {
      return usage(err, texts, texts.get("stats.threshold.invalid", threshold));
    }

    List<PlanInputs.Input> inputs = PlanInputs.resolve(paths, context, err, texts);
    if (inputs == null) {
      return Cli.USAGE;
    }
    StatisticsBuilder counting = Statistics.at(stichtag).threshold(k);
    PlanReader reader = new PlanReader(context, err, texts);
    if (!reader.read(inputs, plan -> count(counting, plan, texts))) {
      return Cli.USAGE;
    }
    Statistics statistics = counting.build();
    switch (format) {
      case csv -> statistics.writeCsv(out);
      case json -> out.println(statistics.toJson());
    }
    out.flush();
    return reader.invalid() > 0 ? Cli.INVALID : Cli.OK;
  }

  /**
   * Counts one valid plan, or says why it is not counted: it is of one municipality more than
   * {@link StatisticsBuilder#MAX_MUNICIPALITIES}, which bounds memory whatever the keys.
   */
  private static @Nullable ValidationIssue count(StatisticsBuilder counting, Plan plan, Texts texts) {
    try {
      counting.add(plan);
      return null;
    } catch (IllegalArgumentException e) { // a valid plan of 2.x whose district names no municipality
      return new ValidationIssue(Severity.ERROR, "stats.noMunicipality", "/person/municipalityKey",
          IssueSource.RULE, texts.get("stats.noMunicipality"), null);
    } catch (IllegalStateException e) {
      return new ValidationIssue(Severity.ERROR, "stats.tooManyMunicipalities", "/responsibleOrganisation/municipalityKey",
          IssueSource.RULE, texts.get("stats.tooManyMunicipalities", StatisticsBuilder.MAX_MUNICIPALITIES), null);
    }
  }

  private int usage(PrintWriter err, Texts texts, String line) {
    err.println(line);
    err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
    err.flush();
    return Cli.USAGE;
  }
}
