package de.integrationsplan.cli;

import de.integrationsplan.core.validation.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it: {@code <testsuites>}, a {@code <testsuite>} per file (standard
 * input is {@code <stdin>}), a {@code <testcase>} per document ({@code file} or {@code file:line}
 * for NDJSON) with a {@code <failure>} holding the findings as text when it is invalid; the
 * warnings of a valid document are its {@code <system-out>}. Written with the JDK's
 * {@link XMLStreamWriter}, which escapes; characters XML 1.0 cannot hold are replaced. The results
 * of one file are kept until the file ends, because a suite names its counts first.
 */
final class JunitReporter implements Reporter {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Texts texts;
  private final XMLStreamWriter xml;
  private final List<DocumentResult> results = new ArrayList<>();
  private String file = "";

  JunitReporter(PrintWriter out, PrintWriter err, Texts texts) {
    this.out = out;
    this.err = err;
    this.texts = texts;
    try {
      this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "integrationsplan validate");
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void beginFile(String file) {
    this.file = file;
    results.clear();
  }

  @Override
  public void document(DocumentResult result) {
    results.add(result);
  }

  @Override
  public void endFile() {
    try {
      long failures = results.stream().filter(r -> !r.valid()).count();
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", clean(file));
      xml.writeAttribute("tests", Integer.toString(results.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      xml.writeCharacters("\n");
      for (DocumentResult result : results) {
        testcase(result);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    results.clear();
  }

  private void testcase(DocumentResult result) throws XMLStreamException {
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", clean(result.file()));
    xml.writeAttribute("name", clean(result.name()));
    if (!result.valid()) {
      xml.writeStartElement("failure");
      xml.writeAttribute("type", "invalid");
      xml.writeAttribute("message", texts.get("junit.failure",
          result.count(Severity.ERROR), result.count(Severity.WARNING)));
      xml.writeCharacters(clean(findings(result)));
      xml.writeEndElement();
    } else if (!result.findings().isEmpty()) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(clean(findings(result)));
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private String findings(DocumentResult result) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : result.findings()) {
      if (finding.line() != null) {
        text.append(texts.get("junit.line", finding.line())).append(' ');
      }
      text.append(Reporter.readablePointer(finding.issue()))
          .append(' ').append(finding.issue().code())
          .append(' ').append(texts.get("severity." + finding.issue().severity().name()))
          .append(": ").append(finding.issue().message()).append('\n');
    }
    return text.toString();
  }

  @Override
  public void finish(Summary summary) {
    try {
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
    err.println(summary.line(texts));
    err.flush();
  }

  /** The text without characters XML 1.0 cannot hold, each replaced by U+FFFD. */
  static String clean(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!ok && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
      }
    }
    return sb == null ? text : sb.toString();
  }
}
