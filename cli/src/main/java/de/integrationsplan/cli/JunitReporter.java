package de.integrationsplan.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it: {@code <testsuites>}, a {@code <testsuite>} per file (standard
 * input is {@code <stdin>}) with its {@code timestamp}, {@code hostname} and {@code time}, a
 * {@code <testcase>} per document with a {@code <failure>} holding the findings as text when it is
 * invalid; the warnings of a valid document are its {@code <system-out>}. A case's
 * {@code classname} is the file's folder with dots for separators ({@code examples.plans.invalid}),
 * as dashboards group a class name's packages, and its {@code name} is the file's name
 * ({@code name.ndjson:3} in NDJSON); {@code time} is the seconds its checking took. Written with the
 * JDK's {@link XMLStreamWriter}, which escapes; characters XML 1.0 cannot hold are replaced. The
 * results of one file are kept until the file ends, because a suite names its counts first.
 */
final class JunitReporter implements Reporter {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Texts texts;
  private final XMLStreamWriter xml;
  private final List<DocumentResult> results = new ArrayList<>();
  private final String hostname = hostname();
  private String file = "";
  private LocalDateTime began = LocalDateTime.now();

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
    this.began = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
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
      xml.writeAttribute("time", seconds(results.stream().mapToLong(DocumentResult::nanos).sum()));
      // local time without an offset, as the Ant JUnit schema's timestamp has it
      xml.writeAttribute("timestamp", began.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      xml.writeAttribute("hostname", clean(hostname));
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
    xml.writeAttribute("classname", clean(classname(result.file())));
    xml.writeAttribute("name", clean(caseName(result)));
    xml.writeAttribute("time", seconds(result.nanos()));
    if (!result.valid()) {
      xml.writeStartElement("failure");
      xml.writeAttribute("type", "invalid");
      xml.writeAttribute("message", Reporter.counts(texts, result));
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
      text.append(Reporter.finding(texts, finding, true)).append('\n');
    }
    return text.toString();
  }

  /**
   * The folder of a file relative to the working directory, as SARIF and GitHub name it, its
   * separators as dots: {@code examples/plans/invalid/a.json} is {@code examples.plans.invalid}
   * however it was named, a file in the working directory {@code .}, standard input
   * {@code <stdin>}.
   */
  static String classname(String file) {
    String relative = FileNames.relative(file);
    if (relative == null) {
      return file;
    }
    int slash = relative.lastIndexOf('/');
    String folder = slash < 0 ? "" : relative.substring(0, slash).replaceAll("^/+", "");
    return folder.isEmpty() ? "." : folder.replace('/', '.');
  }

  /** The file's own name, with {@code :line} for a document of an NDJSON file. */
  private static String caseName(DocumentResult result) {
    String base = result.file().substring(result.file().lastIndexOf('/') + 1);
    return result.line() == null ? base : base + ":" + result.line();
  }

  /** Seconds with three decimals, as JUnit writes them: {@code 0.004}. */
  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  /** The name of this machine, or {@code localhost} when it has none that resolves. */
  private static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      return "localhost";
    }
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
    Reporter.summaryOnStandardError(out, err, texts, summary);
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
