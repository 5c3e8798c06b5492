package de.integrationsplan.schema.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.codelist.CodeListVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Read back with a DOM parser and Jackson, the published files say what the catalogue says. */
final class GenericodeReadBackTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TestFactory
  List<DynamicTest> everyFileReadsBackToTheCatalogue() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CodeListCatalogue catalogue : List.of(CodeListCatalogue.standard(), Catalogues.fixtures())) {
      for (CodeList list : catalogue.all()) {
        for (CodeListVersion version : list.versions()) {
          tests.add(DynamicTest.dynamicTest(version.canonicalUri() + " reads back from genericode",
              () -> genericodeReadsBack(version)));
          tests.add(DynamicTest.dynamicTest(version.canonicalUri() + " reads back from JSON",
              () -> jsonReadsBack(version)));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(7);
    return tests;
  }

  @Test
  void theFixtureVersionsHoldTheirMembersOnly() throws Exception {
    CodeList residence = Catalogues.fixtures().byId("residence").orElseThrow();
    assertThat(rows(parse(CodeListFiles.genericode(residence.version("2026-11-25").orElseThrow()))).keySet())
        .containsExactly("AUFENTHG_16A", "AUFENTHG_104C", "OLD_TITLE", "OTHER");
    Map<String, Map<String, String>> latest = rows(parse(CodeListFiles.genericode(residence.latest())));
    assertThat(latest.keySet()).containsExactly("AUFENTHG_16A", "AUFENTHG_104C", "AUFENTHG_16G", "OTHER");
    assertThat(latest.get("AUFENTHG_104C")).containsEntry("valid-from", "2022-12-31")
        .containsEntry("valid-until", "2025-12-31").containsEntry("special-category", "false")
        .containsEntry("sources", "https://www.gesetze-im-internet.de/aufenthg_2004/__104c.html "
            + "https://example.org/104c?a=1&b=2");
    assertThat(latest.get("OTHER")).containsEntry("name-de", "Sonstige <andere> & weitere")
        .doesNotContainKey("anchor").doesNotContainKey("sources");
    JsonNode json = JSON.readTree(CodeListFiles.json(residence.latest()));
    assertThat(json.get("codes").get(3).get("anchor").isNull()).isTrue();
    assertThat(json.get("codes").get(3).has("withdrawnIn")).isFalse();
    CodeList kinds = Catalogues.fixtures().byId("measure-kind").orElseThrow();
    assertThat(rows(parse(CodeListFiles.genericode(kinds.latest()))).get("HEALTH_CARE"))
        .containsEntry("special-category", "true");
  }

  @Test
  void theIndexNamesEveryVersionAndItsFiles() throws Exception {
    JsonNode index = JSON.readTree(CodeListFiles.index(Catalogues.fixtures()));
    JsonNode residence = index.get("codeLists").get(1);
    assertThat(residence.get("uri").asString()).isEqualTo("urn:de:integrationsplan:codelist:residence");
    assertThat(residence.get("latest").asString()).isEqualTo("2027-03-01");
    assertThat(residence.get("versions")).hasSize(3);
    JsonNode first = residence.get("versions").get(0);
    assertThat(first.get("codes").asInt()).isEqualTo(4);
    assertThat(first.get("genericode").asString()).isEqualTo("residence/2026-11-25.gc");
    assertThat(first.get("canonicalVersionUri").asString())
        .isEqualTo("urn:de:integrationsplan:codelist:residence_2026-11-25");
  }

  private static void genericodeReadsBack(CodeListVersion version) throws Exception {
    Document doc = parse(CodeListFiles.genericode(version));
    Element identification = (Element) doc.getElementsByTagName("Identification").item(0);
    assertThat(child(identification, "ShortName")).isEqualTo(version.list().id());
    assertThat(child(identification, "Version")).isEqualTo(version.id());
    assertThat(child(identification, "CanonicalUri")).isEqualTo(version.list().uri());
    assertThat(child(identification, "CanonicalVersionUri")).isEqualTo(version.canonicalUri());
    NodeList longNames = identification.getElementsByTagName("LongName");
    assertThat(longNames.item(0).getTextContent()).isEqualTo(version.list().name(Locale.GERMAN));
    assertThat(((Element) longNames.item(1)).getAttribute("xml:lang")).isEqualTo("en");
    assertThat(longNames.item(1).getTextContent()).isEqualTo(version.list().name(Locale.ENGLISH));
    Map<String, Map<String, String>> rows = rows(doc);
    assertThat(rows.keySet()).containsExactlyElementsOf(version.codes().stream().map(Code::code).toList());
    for (Code code : version.codes()) {
      Map<String, String> row = rows.get(code.code());
      assertThat(row.get("name-de")).isEqualTo(code.name(Locale.GERMAN));
      assertThat(row.get("name-en")).isEqualTo(code.name(Locale.ENGLISH));
      assertThat(row.get("anchor")).isEqualTo(code.anchor().orElse(null));
      assertThat(row.get("since")).isEqualTo(code.since().id());
      assertThat(row.get("special-category")).isEqualTo(Boolean.toString(code.specialCategory()));
    }
  }

  private static void jsonReadsBack(CodeListVersion version) throws Exception {
    JsonNode json = JSON.readTree(CodeListFiles.json(version));
    assertThat(json.get("uri").asString()).isEqualTo(version.list().uri());
    assertThat(json.get("version").asString()).isEqualTo(version.id());
    JsonNode codes = json.get("codes");
    assertThat(codes).hasSize(version.codes().size());
    for (int i = 0; i < codes.size(); i++) {
      Code code = version.codes().get(i);
      JsonNode c = codes.get(i);
      assertThat(c.get("code").asString()).isEqualTo(code.code());
      assertThat(c.get("name").get("de").asString()).isEqualTo(code.name(Locale.GERMAN));
      assertThat(c.get("name").get("en").asString()).isEqualTo(code.name(Locale.ENGLISH));
      assertThat(c.get("sources")).hasSize(code.sources().size());
      assertThat(c.get("specialCategory").asBoolean()).isEqualTo(code.specialCategory());
    }
  }

  private static Document parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String child(Element parent, String name) {
    return parent.getElementsByTagName(name).item(0).getTextContent();
  }

  /** Per row, by its code, the values by column. */
  private static Map<String, Map<String, String>> rows(Document doc) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    NodeList list = doc.getElementsByTagName("Row");
    for (int i = 0; i < list.getLength(); i++) {
      Map<String, String> values = new LinkedHashMap<>();
      NodeList cells = ((Element) list.item(i)).getElementsByTagName("Value");
      for (int j = 0; j < cells.getLength(); j++) {
        Element cell = (Element) cells.item(j);
        values.put(cell.getAttribute("ColumnRef"), cell.getElementsByTagName("SimpleValue").item(0).getTextContent());
      }
      rows.put(values.get("code"), values);
    }
    return rows;
  }
}
