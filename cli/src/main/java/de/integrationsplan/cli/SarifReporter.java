package de.integrationsplan.cli;

import de.integrationsplan.core.validation.CodeExplanation;
import de.integrationsplan.core.validation.Codes;
import de.integrationsplan.core.validation.ValidationIssue;
import java.io.PrintWriter;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * SARIF 2.1.0, the format code-scanning and review tools show inline: one run whose results are the
 * findings, each with its code as {@code ruleId}, {@code level}, the message, the file as a URI
 * relative to the working directory ({@code uriBaseId} {@code %SRCROOT%}, where a CI job's checkout
 * is; a file outside it has an absolute {@code file:} URI and no base) with line and column where
 * known, and the JSON Pointer as the logical location and the property {@code pointer}. The tool's
 * rules are the codes that occur, each with its catalogue entry as help. Results are written as
 * they come, so memory stays bounded however many documents there are; the rules follow them,
 * since only then is it known which occur (the order of a JSON object's members carries no
 * meaning). The summary goes to standard error.
 */
final class SarifReporter implements Reporter {

  /** The schema of SARIF 2.1.0 with its errata, as OASIS publishes it. */
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String INFORMATION_URI = "https://github.com/integrationsplan/integrationsplan-sdk";

  private final PrintWriter out;
  private final PrintWriter err;
  private final Texts texts;
  private final Lang lang;
  private final JsonGenerator json;
  private final SortedSet<String> rules = new TreeSet<>();

  SarifReporter(PrintWriter out, PrintWriter err, Texts texts, Lang lang) {
    this.out = out;
    this.err = err;
    this.texts = texts;
    this.lang = lang;
    JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    this.json = factory.createGenerator(ObjectWriteContext.empty(), out);
    json.writeStartObject();
    json.writeStringProperty("$schema", SCHEMA);
    json.writeStringProperty("version", "2.1.0");
    json.writeArrayPropertyStart("runs");
    json.writeStartObject();
    json.writeStringProperty("language", lang.name());
    // columns count code points, as the reader counts them
    json.writeStringProperty("columnKind", "unicodeCodePoints");
    json.writeArrayPropertyStart("results");
  }

  @Override
  public void document(DocumentResult result) {
    String uri = FileNames.uri(result.file());
    for (Finding finding : result.findings()) {
      ValidationIssue issue = finding.issue();
      rules.add(issue.code());
      json.writeStartObject();
      json.writeStringProperty("ruleId", issue.code());
      json.writeStringProperty("level", level(issue));
      json.writeObjectPropertyStart("message");
      json.writeStringProperty("text", issue.message());
      json.writeEndObject();
      json.writeArrayPropertyStart("locations");
      json.writeStartObject();
      json.writeObjectPropertyStart("physicalLocation");
      json.writeObjectPropertyStart("artifactLocation");
      if (uri != null) {
        json.writeStringProperty("uri", uri);
        if (!uri.startsWith("file:")) {
          // SARIF 2.1.0 §3.4.4: a base only for a relative reference
          json.writeStringProperty("uriBaseId", "%SRCROOT%");
        }
      } else {
        json.writeObjectPropertyStart("description");
        json.writeStringProperty("text", result.file());
        json.writeEndObject();
      }
      json.writeEndObject();
      if (finding.line() != null) {
        json.writeObjectPropertyStart("region");
        json.writeNumberProperty("startLine", finding.line().longValue());
        Integer column = Reporter.column(result, finding);
        if (column != null) {
          json.writeNumberProperty("startColumn", column.intValue());
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      if (!issue.pointer().isEmpty()) {
        json.writeArrayPropertyStart("logicalLocations");
        json.writeStartObject();
        json.writeStringProperty("fullyQualifiedName", issue.pointer());
        json.writeEndObject();
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndArray();
      json.writeObjectPropertyStart("properties");
      json.writeStringProperty("pointer", issue.pointer());
      json.writeStringProperty("source", Reporter.source(issue));
      if (result.line() != null) {
        json.writeNumberProperty("documentLine", result.line().longValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  @Override
  public void finish(Summary summary) {
    json.writeEndArray();
    json.writeObjectPropertyStart("tool");
    json.writeObjectPropertyStart("driver");
    json.writeStringProperty("name", "integrationsplan");
    json.writeStringProperty("version", VersionProvider.version());
    json.writeStringProperty("informationUri", INFORMATION_URI);
    json.writeStringProperty("language", lang.name());
    json.writeArrayPropertyStart("rules");
    for (String code : rules) {
      rule(code);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.close();
    out.println();
    Reporter.summaryOnStandardError(out, err, texts, summary);
  }

  /** A rule: the code, its message as the short description, its meaning, its entry as help. */
  private void rule(String code) {
    json.writeStartObject();
    json.writeStringProperty("id", code);
    if (Codes.isKnown(code)) {
      CodeExplanation entry = Codes.explain(code, lang.locale());
      List<Explanations.Line> lines = Explanations.lines(texts, entry);
      json.writeObjectPropertyStart("shortDescription");
      json.writeStringProperty("text", entry.message());
      json.writeEndObject();
      json.writeObjectPropertyStart("fullDescription");
      json.writeStringProperty("text", entry.meaning());
      json.writeEndObject();
      json.writeObjectPropertyStart("help");
      json.writeStringProperty("text", String.join("\n", lines.stream().map(Explanations.Line::toString).toList()));
      json.writeStringProperty("markdown", String.join("\n\n", lines.stream().map(Explanations.Line::markdown).toList()));
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static String level(ValidationIssue issue) {
    return switch (issue.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
