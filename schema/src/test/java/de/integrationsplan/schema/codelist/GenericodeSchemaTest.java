package de.integrationsplan.schema.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.codelist.CodeListCatalogue;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.SAXException;

/**
 * Every genericode file, of the standard catalogue and of the fixture lists, is valid against the
 * OASIS genericode 1.0 XSD ({@code genericode-1.0/}, with its source and licence in the README there).
 */
final class GenericodeSchemaTest {

  private static final Schema SCHEMA = schema();

  @TestFactory
  List<DynamicTest> everyGenericodeFileIsValidAgainstTheOasisSchema() {
    List<DynamicTest> tests = new ArrayList<>();
    add(tests, "standard", CodeListCatalogue.standard());
    add(tests, "fixture", Catalogues.fixtures());
    assertThat(tests).as("the fixture lists give files, so that the test cannot pass on nothing").hasSizeGreaterThan(3);
    return tests;
  }

  @Test
  void theSchemaRejectsAFileWithoutItsIdentification() {
    String file = CodeListFiles.all(Catalogues.fixtures()).get("residence/2026-12-01.gc");
    String broken = file.replaceFirst("(?s)<Identification>.*?</Identification>", "");
    assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXException.class);
  }

  private static void add(List<DynamicTest> tests, String catalogue, CodeListCatalogue lists) {
    for (Map.Entry<String, String> file : CodeListFiles.all(lists).entrySet()) {
      if (file.getKey().endsWith(CodeListFiles.GENERICODE)) {
        tests.add(DynamicTest.dynamicTest(catalogue + " " + file.getKey() + " is valid genericode 1.0",
            () -> validate(file.getValue())));
      }
    }
  }

  private static void validate(String text) throws Exception {
    Validator validator = SCHEMA.newValidator();
    validator.validate(new StreamSource(new StringReader(text)));
  }

  private static Schema schema() {
    URL xsd = Objects.requireNonNull(GenericodeSchemaTest.class.getResource("genericode-1.0/genericode.xsd"),
        "genericode-1.0/genericode.xsd");
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      // xml.xsd is imported from beside it, in the test resources; nothing is fetched from the network
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }
}
