package de.integrationsplan.cli;

import de.integrationsplan.core.validation.ValidationIssue;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, one line per finding, which the runner shows as annotations on
 * the file and line: {@code ::error file=a.json,line=12,col=25,title=schema.pattern::/pointer:
 * message}; warnings are {@code ::warning}, hints {@code ::notice}. Values are escaped as the
 * runner unescapes them (as {@code escapeData} and {@code escapeProperty} of actions/toolkit's
 * {@code command.ts}): {@code %}, CR and LF everywhere, and in properties {@code :} and {@code ,}
 * too, so that no file name can end a property or start a command. The summary goes to standard
 * error, so that standard output holds commands only.
 */
final class GithubReporter implements Reporter {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Texts texts;

  GithubReporter(PrintWriter out, PrintWriter err, Texts texts) {
    this.out = out;
    this.err = err;
    this.texts = texts;
  }

  @Override
  public void document(DocumentResult result) {
    String file = FileNames.relative(result.file());
    for (Finding finding : result.findings()) {
      ValidationIssue issue = finding.issue();
      StringBuilder line = new StringBuilder("::").append(command(issue)).append(' ');
      if (file != null) {
        line.append("file=").append(property(file)).append(',');
      }
      if (finding.line() != null) {
        line.append("line=").append(finding.line()).append(',');
        Integer column = Reporter.column(result, finding);
        if (column != null) {
          line.append("col=").append(column).append(',');
        }
      }
      line.append("title=").append(property(issue.code()))
          .append("::").append(data(Reporter.readablePointer(issue) + ": " + issue.message()));
      out.println(line);
    }
  }

  @Override
  public void finish(Summary summary) {
    Reporter.summaryOnStandardError(out, err, texts, summary);
  }

  private static String command(ValidationIssue issue) {
    return switch (issue.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** A command's message, escaped as the runner's {@code escapeData}: {@code %}, CR, LF. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property's value, escaped as the runner's {@code escapeProperty}: also {@code :} and {@code ,}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
