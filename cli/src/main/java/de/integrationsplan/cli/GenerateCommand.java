package de.integrationsplan.cli;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan generate --count N [--seed S] [--reference-date YYYY-MM-DD]
 * [--schema-version 1.0|2.0]}: writes N synthetic plans as NDJSON to standard output, one at a time
 * (constant memory), in format 1.0 unless {@code --schema-version 2.0} asks for format 2.0. The same
 * options give the same bytes.
 *
 * <p>The options are taken as text and checked here, so that a wrong value gets a message in the
 * language of the run rather than picocli's English one.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class GenerateCommand implements Callable<Integer> {

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--count", required = true, paramLabel = "N", descriptionKey = "count")
  private String count = "";

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0", descriptionKey = "seed")
  private String seed = "0";

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", descriptionKey = "referenceDate")
  private @Nullable String referenceDate;

  @Option(names = "--schema-version", paramLabel = "VERSION", defaultValue = "1.0", descriptionKey = "schemaVersion")
  private String schemaVersion = "1.0";

  GenerateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Texts texts = Texts.of(context.lang());

    long n;
    try {
      n = Long.parseLong(count.strip());
    } catch (NumberFormatException e) {
      return usage(err, texts, texts.get("generate.count.invalid", count));
    }
    if (n < 0) {
      return usage(err, texts, texts.get("generate.count.invalid", count));
    }
    long s;
    try {
      s = Long.parseLong(seed.strip());
    } catch (NumberFormatException e) {
      return usage(err, texts, texts.get("generate.seed.invalid", seed));
    }
    Class<? extends Plan> version = switch (schemaVersion.strip()) {
      case "1.0" -> de.integrationsplan.core.model.v1.IntegrationPlan.class;
      case "2.0" -> de.integrationsplan.core.model.v2.IntegrationPlan.class;
      default -> null;
    };
    if (version == null) {
      return usage(err, texts, texts.get("generate.schemaVersion.invalid", schemaVersion));
    }
    SyntheticPlans.Builder builder = SyntheticPlans.builder().seed(s);
    String date = referenceDate;
    if (date != null) {
      LocalDate day;
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        return usage(err, texts, texts.get("date.invalid", "--reference-date", date));
      }
      if (day.isBefore(SyntheticPlans.EARLIEST_REFERENCE_DATE) || day.isAfter(SyntheticPlans.LATEST_REFERENCE_DATE)) {
        return usage(err, texts, texts.get("generate.referenceDate.range", day.toString(),
            SyntheticPlans.EARLIEST_REFERENCE_DATE.toString(), SyntheticPlans.LATEST_REFERENCE_DATE.toString()));
      }
      builder.referenceDate(day);
    }

    spec.commandLine().getOut().flush();
    // a fault of standard output ends the run in Cli, with a message and exit code 2
    builder.build().writeNdjson(0, n, version, context.stdout());
    return Cli.OK;
  }

  private int usage(PrintWriter err, Texts texts, String line) {
    err.println(line);
    err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
    err.flush();
    return Cli.USAGE;
  }
}
