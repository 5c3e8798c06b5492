package de.integrationsplan.core.codelist;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed source file is a fault of the library: an {@link IllegalStateException} that names the
 * file, the place and the fault. Each folder of {@code fixture-lists/faults/} is the valid
 * {@code residence} list with one fault.
 */
final class SourceFaultsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      missing-key               | code list residence.json, codes[0].since: missing key
      unknown-key               | code list residence.json, codes[0].colour: unknown key
      bad-date                  | code list residence.json, codes[1].validFrom: "2022-13-31" is not a date YYYY-MM-DD
      duplicate-code            | code list residence.json, codes[4].code: "AUFENTHG_16A" is repeated
      since-not-a-version       | code list residence.json, codes[0].since: "2026-01-01" is not a version of the list
      withdrawn-not-later       | code list residence.json, codes[3].withdrawnIn: "2026-11-25" is not later than since
      versions-not-ascending    | code list residence.json, versions[2].id: "2026-12-01" is not later than the version before it
      blank-text                | code list residence.json, codes[2].name.en: is blank
      sources-empty-with-anchor | code list residence.json, codes[0].sources: a code with an anchor names the sources
      wrong-uri                 | code list residence.json, uri: "urn:de:integrationsplan:codelist:residences" is not
      missing-language          | code list residence.json, validityDate.en: missing key
      until-before-from         | code list residence.json, codes[1].validUntil: is before validFrom
      duplicate-key             | code list residence.json, id: the key is repeated
      not-json                  | code list residence.json: not JSON
      missing-file              | code list absent.json: index.txt names it, but there is no such file
      repeated-index-entry      | code lists: index.txt, line 2: residence is repeated
      """)
  void aMalformedSourceIsAFaultNamingFileAndPlace(String folder, String message) {
    assertThatThrownBy(() -> Fixtures.fault(folder)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message);
  }
}
