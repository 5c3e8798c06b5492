package de.integrationsplan.cli;

import de.integrationsplan.core.validation.CodeExplanation;
import de.integrationsplan.core.validation.Codes;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code integrationsplan explain CODE}: the catalogue's entry for a code, what the rule means, its
 * anchor, an example of the fault and of the fix, in the language of the run. An unknown code is a
 * usage error with the nearest codes suggested.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true)
final class ExplainCommand implements Callable<Integer> {

  /** What a code can look like; anything else typed is not repeated, so that no control character reaches the terminal. */
  private static final Pattern PRINTABLE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final Context context;

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "CODE", descriptionKey = "code")
  private String code = "";

  ExplainCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Texts texts = Texts.of(context.lang());
    if (!Codes.isKnown(code)) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(PRINTABLE.matcher(code).matches()
          ? texts.get("explain.unknown", code) : texts.get("explain.unknownUnprintable"));
      List<String> nearest = Codes.nearest(code);
      if (!nearest.isEmpty()) {
        err.println(texts.get("explain.didYouMean", String.join(", ", nearest)));
      }
      err.println(texts.get("usage.seeHelp", spec.qualifiedName()));
      err.flush();
      return Cli.USAGE;
    }
    CodeExplanation entry = Codes.explain(code, context.lang().locale());
    PrintWriter out = spec.commandLine().getOut();
    out.println(entry.code());
    for (Explanations.Line line : Explanations.lines(texts, entry)) {
      out.println("  " + line);
    }
    out.flush();
    return Cli.OK;
  }
}
