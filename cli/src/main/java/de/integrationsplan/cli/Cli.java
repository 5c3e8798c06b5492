package de.integrationsplan.cli;

import de.integrationsplan.core.codelist.CodeListCatalogue;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds and runs the command line; {@link Main} calls it with the process's streams, tests with their own. */
final class Cli {

  /** Every document valid; warnings allowed. */
  static final int OK = 0;
  /** At least one document invalid, malformed JSON included. */
  static final int INVALID = 1;
  /**
   * A usage error, a path that does not exist or cannot be read, an input without any document, or
   * output that could not be written completely.
   */
  static final int USAGE = 2;

  private Cli() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param stdin what {@code -} reads
   * @param out standard output
   * @param err standard error
   * @param progress the progress indicator, {@link Progress#none()} in tests and pipes
   * @return the exit code
   */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Progress progress) {
    return run(args, stdin, out, new CheckedOutput(new WriterOutputStream(out)), err, progress, StreamFiles.none());
  }

  /**
   * Runs the command line with standard output as bytes: text goes through a UTF-8 writer over
   * {@code stdout}, NDJSON straight to it.
   *
   * @param args the arguments
   * @param stdin what {@code -} reads
   * @param stdout standard output, flushed at the end but not closed; a fault of it ends the run
   *     with {@link #USAGE} and a message
   * @param err standard error
   * @param progress the progress indicator, {@link Progress#none()} in tests and pipes
   * @return the exit code
   */
  static int run(String[] args, InputStream stdin, OutputStream stdout, PrintWriter err, Progress progress) {
    return run(args, stdin, stdout, err, progress, StreamFiles.none());
  }

  /**
   * Runs the command line as {@link #run(String[], InputStream, OutputStream, PrintWriter, Progress)}
   * does, knowing which files standard input and output are, so that no input is the output.
   *
   * @param streams which files standard input and output are
   * @return the exit code
   */
  static int run(String[] args, InputStream stdin, OutputStream stdout, PrintWriter err, Progress progress,
      StreamFiles streams) {
    CheckedOutput checked = new CheckedOutput(stdout);
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(checked, StandardCharsets.UTF_8), 1 << 16), false);
    return run(args, stdin, out, checked, err, progress, streams);
  }

  /**
   * Runs the command line as {@link #run(String[], InputStream, PrintWriter, PrintWriter, Progress)}
   * does, with another catalogue of code lists: for the tests of {@code codelists}.
   *
   * @param codeLists the catalogue {@code codelists} prints
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<CodeListCatalogue> codeLists) {
    return run(args, InputStream.nullInputStream(), out, new CheckedOutput(new WriterOutputStream(out)), err,
        Progress.none(), StreamFiles.none(), codeLists);
  }

  private static int run(String[] args, InputStream stdin, PrintWriter out, CheckedOutput stdout, PrintWriter err,
      Progress progress, StreamFiles streams) {
    return run(args, stdin, out, stdout, err, progress, streams, CodeListCatalogue::standard);
  }

  private static int run(String[] args, InputStream stdin, PrintWriter out, CheckedOutput stdout, PrintWriter err,
      Progress progress, StreamFiles streams, Supplier<CodeListCatalogue> codeLists) {
    Lang lang = Lang.fromArgs(args);
    ResourceBundle bundle = lang.bundle();
    Texts texts = new Texts(bundle);
    Context context = new Context(stdin, stdout, progress, lang);
    context.debug(debugRequested(args));
    context.streamFiles(streams);
    context.codeLists(codeLists);
    CommandLine cl = new CommandLine(new RootCommand(), new Factory(context));
    for (Class<?> command : RootCommand.commandsFor(args)) {
      cl.addSubcommand(command);
    }
    cl.setResourceBundle(bundle);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    cl.setParameterExceptionHandler((e, a) -> usageError(e, bundle));
    // help and version are printed by picocli, which would print a fault of the output as a stack trace
    CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
    cl.setExecutionStrategy(parsed -> {
      try {
        return runLast.execute(parsed);
      } catch (CheckedOutput.Failed e) {
        return USAGE; // reported below, once
      }
    });
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof CheckedOutput.Failed) {
        return USAGE; // reported below, once
      }
      c.getErr().println(texts.get("error.unexpected", e.getClass().getSimpleName()));
      if (context.debug()) {
        Traces.print(e, c.getErr());
      }
      return USAGE;
    });
    int code;
    try {
      code = cl.execute(args);
      out.flush();
    } catch (CheckedOutput.Failed e) {
      code = USAGE;
    } catch (OutOfMemoryError e) {
      // a hostile input the limits did not foresee: one line, no stack trace, as for every other fault
      err.println(texts.get("error.memory"));
      code = USAGE;
    }
    if (stdout.failed()) {
      code = outputFailed(stdout, err, texts);
    }
    err.flush();
    return code;
  }

  /**
   * Reports that standard output could not be written completely, unless the reader went away (a
   * pipe into {@code head}): then there is nobody left to tell, as with other tools that end on
   * SIGPIPE. Either way the run ends with {@link #USAGE}, so that a cut report never passes.
   */
  private static int outputFailed(CheckedOutput stdout, PrintWriter err, Texts texts) {
    if (!stdout.readerGone()) {
      err.println(texts.get("output.failed"));
    }
    err.flush();
    return USAGE;
  }

  /** Whether {@code --debug} is among the options; read before parsing, so that parse faults see it too. */
  private static boolean debugRequested(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** One line naming the fault, one line pointing at the help; exit code 2. */
  private static int usageError(ParameterException e, ResourceBundle bundle) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    Texts texts = new Texts(bundle);
    String line;
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      line = first.startsWith("-")
          ? texts.get("usage.unknownOption", first)
          : texts.get("usage.unexpectedArgument", first);
    } else if (e instanceof MissingParameterException m) {
      line = m.getMissing().stream().anyMatch(a -> !a.isOption())
          ? texts.get("usage.missingPath")
          : texts.get("usage.missingOption", String.join(", ", m.getMissing().stream()
              .map(a -> a instanceof picocli.CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel())
              .toList()));
    } else {
      line = texts.get("usage.invalid", e.getMessage());
    }
    err.println(line);
    err.println(texts.get("usage.seeHelp", cl.getCommandSpec().qualifiedName()));
    err.flush();
    return USAGE;
  }

  /** Creates the commands with the shared context. */
  private static final class Factory implements CommandLine.IFactory {
    private final Context context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Context context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(context));
      }
      if (type == GenerateCommand.class) {
        return type.cast(new GenerateCommand(context));
      }
      if (type == RedactCommand.class) {
        return type.cast(new RedactCommand(context));
      }
      if (type == ExplainCommand.class) {
        return type.cast(new ExplainCommand(context));
      }
      if (type == SchemaCommand.class) {
        return type.cast(new SchemaCommand(context));
      }
      if (type == CodelistsCommand.class) {
        return type.cast(new CodelistsCommand(context));
      }
      if (type == StatsCommand.class) {
        return type.cast(new StatsCommand(context));
      }
      if (type == ReportCommand.class) {
        return type.cast(new ReportCommand(context));
      }
      if (type == MigrateCommand.class) {
        return type.cast(new MigrateCommand(context));
      }
      if (type == RootCommand.class) {
        return type.cast(new RootCommand());
      }
      return fallback.create(type);
    }
  }
}
