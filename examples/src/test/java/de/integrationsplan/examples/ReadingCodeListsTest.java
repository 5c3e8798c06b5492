package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.internal.codelist.Catalogues;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The code-list example of docs/code-lists.md on the fixture lists of the tests. */
final class ReadingCodeListsTest {

  private static final CodeListCatalogue FIXTURES =
      Catalogues.load(ReadingCodeListsTest.class, "/de/integrationsplan/examples/fixture-lists/");

  @Test
  void printsTheMembersOfAVersionWithTheirValidity() {
    assertThat(ReadingCodeLists.codes(FIXTURES, "urn:de:integrationsplan:codelist:residence", "2026-12-01",
        LocalDate.of(2026, 3, 1))).containsExactly(
            "AUFENTHG_16A Berufsausbildung (§ 16a AufenthG), § 16a AufenthG",
            "AUFENTHG_104C Chancen-Aufenthaltsrecht (§ 104c AufenthG), § 104c AufenthG (am 2026-03-01 nicht gültig)",
            "AUFENTHG_16G Berufsausbildung für Geduldete (§ 16g AufenthG), § 16g AufenthG",
            "OTHER Sonstige <andere> & weitere, –");
  }
}
