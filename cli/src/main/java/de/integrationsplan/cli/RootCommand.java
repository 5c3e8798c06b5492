package de.integrationsplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code integrationsplan}: without a command it shows its help and ends with a usage error. */
@Command(
    name = "integrationsplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {ValidateCommand.class, GenerateCommand.class, RedactCommand.class, StatsCommand.class, ReportCommand.class,
        MigrateCommand.class, SchemaCommand.class, ExplainCommand.class, CodelistsCommand.class, HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    usageHelpAutoWidth = true)
final class RootCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  /**
   * The language of messages and help. Its value is read before parsing ({@link Lang#fromArgs}),
   * since the help text is chosen when the command line is built; here it is only checked.
   */
  @Option(names = "--lang", paramLabel = "de|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
  private Lang lang;

  /** Stack traces of unexpected faults; never a document's content. */
  @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
  private boolean debug;

  RootCommand() {
    this.lang = Lang.de;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Cli.USAGE;
  }
}
