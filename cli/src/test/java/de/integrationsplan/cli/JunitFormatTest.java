package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class JunitFormatTest {

  @TempDir
  Path dir;

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writesASuitePerFileAndACasePerDocumentWithFailures() throws Exception {
    Path valid = Plans.write(dir.resolve("a.json"), Plans.withWarningOnly());
    Path invalid = Plans.write(dir.resolve("b.json"), Plans.withRuleErrors());
    Path ndjson = Plans.write(dir.resolve("c.ndjson"), Plans.completeLine() + "\n{\n" + Plans.completeLine() + "\n");

    CliRun.Result result = CliRun.run("validate", "--format", "junit", "--lang", "de",
        valid.toString(), invalid.toString(), ndjson.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    Document xml = parse(result.out());
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    Element third = (Element) suites.item(2);
    assertThat(third.getAttribute("name")).isEqualTo(ndjson.toString());
    assertThat(third.getAttribute("tests")).isEqualTo("3");
    assertThat(third.getAttribute("failures")).isEqualTo("1");
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    Element first = (Element) cases.item(0);
    assertThat(first.getElementsByTagName("failure").getLength()).isZero();
    assertThat(first.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("plan.goal.withoutMeasure Warnung: ");
    Element failed = (Element) cases.item(1);
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("2 Fehler, 1 Warnung");
    assertThat(failure.getTextContent()).contains(
        "Zeile 157: /goals/1/dueDate plan.goal.dueBeforeAgreement Fehler: Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.");
    assertThat(((Element) cases.item(3)).getAttribute("name")).isEqualTo("c.ndjson:2");
    assertThat(result.errLines()).containsExactly("5 Dokumente in 3 Dateien geprüft, 2 ungültig, 3 Fehler, 2 Warnungen");
  }

  @Test
  void escapesFileNamesThatLookLikeMarkup() throws Exception {
    Path file = Plans.write(dir.resolve("a&b<c>\"d'.json"), "[1, 2");

    CliRun.Result result = CliRun.run("validate", "--format", "junit", file.toString());

    Document xml = parse(result.out());
    Element testcase = (Element) xml.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name")).isEqualTo(file.getFileName().toString());
    assertThat(((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("name")).isEqualTo(file.toString());
    assertThat(result.out()).contains("a&amp;b&lt;c&gt;");
  }

  @Test
  void givesSuitesTheirTimeTimestampAndHostAndCasesTheirFolderAsClassname() throws Exception {
    Path plan = Plans.write(dir.resolve("plaene/2026/a.json"), Plans.complete());

    CliRun.Result result = CliRun.run("validate", "--format", "junit", plan.toString());

    Document xml = parse(result.out());
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("time")).matches("\\d+\\.\\d{3}");
    assertThat(suite.getAttribute("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
    assertThat(suite.getAttribute("hostname")).isNotBlank();
    Element testcase = (Element) xml.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("classname")).endsWith(".plaene.2026").doesNotContain("/");
    assertThat(testcase.getAttribute("name")).isEqualTo("a.json");
    assertThat(testcase.getAttribute("time")).matches("\\d+\\.\\d{3}");
  }

  @Test
  void namesTheClassOfAFileByItsFolder() {
    assertThat(JunitReporter.classname("examples/plans/invalid/a.json")).isEqualTo("examples.plans.invalid");
    assertThat(JunitReporter.classname("/tmp/x/a.json")).isEqualTo("tmp.x");
    assertThat(JunitReporter.classname("a.json")).isEqualTo(".");
    assertThat(JunitReporter.classname(Path.of("target/plans/a.json").toAbsolutePath().toString())).isEqualTo("target.plans");
    assertThat(JunitReporter.classname("<stdin>")).isEqualTo("<stdin>");
    assertThat(JunitReporter.seconds(1_234_567)).isEqualTo("0.001");
  }

  @Test
  void replacesCharactersXmlCannotHold() {
    assertThat(JunitReporter.clean("a\u0001b\uD800c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
  }

  @Test
  void writesAnEmptyReportForAnEmptyFolderAndFails() throws Exception {
    CliRun.Result result = CliRun.run("validate", "--format", "junit", dir.toString());

    assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(parse(result.out()).getElementsByTagName("testsuite").getLength()).isZero();
  }
}
