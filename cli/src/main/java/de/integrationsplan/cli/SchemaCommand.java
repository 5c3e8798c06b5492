package de.integrationsplan.cli;

import de.integrationsplan.schema.PlanSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code integrationsplan schema}: prints the published JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String text = PlanSchema.text();
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return Cli.OK;
  }
}
