package de.integrationsplan.cli;

import de.integrationsplan.schema.PlanSchema;
import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan schema [--schema-version V]}: prints the published JSON Schema of a
 * version of the format, the newest unless asked for another.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--schema-version", paramLabel = "V", descriptionKey = "schemaVersion")
  private @Nullable String version;

  private final Context context;

  SchemaCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> versions = PlanSchema.versions();
    String chosen = version == null ? versions.get(versions.size() - 1) : version.strip();
    if (!versions.contains(chosen)) {
      Texts texts = Texts.of(context.lang());
      PrintWriter err = spec.commandLine().getErr();
      err.println(texts.get("schema.version.unknown", Printable.of(chosen), String.join(", ", versions)));
      err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
      err.flush();
      return Cli.USAGE;
    }
    String text = PlanSchema.text(chosen);
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return Cli.OK;
  }
}
