package de.integrationsplan.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan}: without a command it shows its help and ends with a usage error. Its
 * commands are registered by {@link Cli} through {@link #commandsFor}, in the order of {@link #COMMANDS}.
 */
@Command(
    name = "integrationsplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    usageHelpAutoWidth = true)
final class RootCommand implements Callable<Integer> {

  /** The commands, in the order the help lists them. */
  static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, GenerateCommand.class,
      RedactCommand.class, StatsCommand.class, ReportCommand.class, MigrateCommand.class, SchemaCommand.class,
      ExplainCommand.class, CodelistsCommand.class, HelpCommand.class);

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

  /**
   * The commands to register for one run. picocli reads every option of every registered command
   * when the command line is built, which is a large part of the start-up of a run on one file; a
   * run that names a command first (other than {@code help}) parses only within that command, so
   * only it is registered. Any other run (help, an option first, a name that is no command, which
   * picocli answers with the list of commands) gets them all.
   *
   * @param args the arguments
   * @return the commands, in the order of {@link #COMMANDS}
   */
  static List<Class<?>> commandsFor(String[] args) {
    if (args.length > 0 && !args[0].equals("help")) {
      for (Class<?> command : COMMANDS) {
        if (command != HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(command);
        }
      }
    }
    return COMMANDS;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Cli.USAGE;
  }
}
