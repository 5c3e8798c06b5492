package de.integrationsplan.core.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.internal.codelist.Catalogues;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class CodeListCatalogueTest {

  private final CodeListCatalogue catalogue = Fixtures.valid();
  private final CodeList residence = catalogue.byId("residence").orElseThrow();

  @Test
  void theStandardCatalogueLoadsWhateverTheIndexLists() {
    CodeListCatalogue standard = CodeListCatalogue.standard();
    assertThat(standard).isSameAs(CodeListCatalogue.standard());
    assertThat(standard.all()).allSatisfy(list -> {
      // the library's lists have the URN of their id; Destatis's nationality list keeps Destatis's URN
      assertThat(list.uri()).isEqualTo(list.id().equals("nationality")
          ? "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit"
          : "urn:de:integrationsplan:codelist:" + list.id());
      assertThat(standard.byUri(list.uri())).containsSame(list);
    });
  }

  @Test
  void nothingElseCanMakeTheCataloguesOfTheLoader() {
    assertThatThrownBy(() -> Catalogues.factory(sources -> catalogue)).isInstanceOf(IllegalStateException.class);
    assertThat(Fixtures.valid().all()).hasSize(2);
  }

  @Test
  void listsAreSortedByIdAndFoundByIdAndUri() {
    assertThat(catalogue.all()).extracting(CodeList::id).containsExactly("measure-kind", "residence");
    assertThat(catalogue.byUri("urn:de:integrationsplan:codelist:residence")).containsSame(residence);
    assertThat(catalogue.byId("absent")).isEmpty();
    assertThat(catalogue.byUri("residence")).isEmpty();
    assertThat(catalogue.all()).isUnmodifiable();
  }

  @Test
  void textsAreEnglishForEnglishAndGermanOtherwise() {
    assertThat(residence.name(Locale.GERMAN)).isEqualTo("Aufenthalt (Testliste)");
    assertThat(residence.name(Locale.UK)).isEqualTo("Residence (test list)");
    assertThat(residence.name(Locale.FRENCH)).isEqualTo("Aufenthalt (Testliste)");
    assertThat(residence.validityDate(Locale.ENGLISH)).isEqualTo("the day the title was granted");
    assertThat(residence.description(Locale.GERMAN)).startsWith("Eine Liste der Tests");
    assertThat(residence.latest().note(Locale.ENGLISH)).isEqualTo("No change of codes.");
    Code c = residence.code("AUFENTHG_104C").orElseThrow();
    assertThat(c.description(Locale.ENGLISH)).contains("For tolerated persons of long residence.");
    assertThat(c.validityNote(Locale.GERMAN)).contains("Erteilung nur bis 31.12.2025.");
    assertThat(residence.code("AUFENTHG_16A").orElseThrow().description(Locale.GERMAN)).isEmpty();
  }

  @Test
  void versionsAreAscendingWithTheirCanonicalUris() {
    assertThat(residence.versions()).extracting(CodeListVersion::id)
        .containsExactly("2026-11-25", "2026-12-01", "2027-03-01");
    assertThat(residence.latest().id()).isEqualTo("2027-03-01");
    CodeListVersion v = residence.version("2026-12-01").orElseThrow();
    assertThat(v.list()).isSameAs(residence);
    assertThat(v.date()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(v.canonicalUri()).isEqualTo("urn:de:integrationsplan:codelist:residence_2026-12-01");
    assertThat(residence.version("2026-12-02")).isEmpty();
  }

  @Test
  void aCodeIsAMemberFromSinceUpToWithdrawnIn() {
    CodeListVersion first = residence.version("2026-11-25").orElseThrow();
    CodeListVersion second = residence.version("2026-12-01").orElseThrow();
    assertThat(first.codes()).extracting(Code::code)
        .containsExactly("AUFENTHG_16A", "AUFENTHG_104C", "OLD_TITLE", "OTHER");
    assertThat(second.codes()).extracting(Code::code)
        .containsExactly("AUFENTHG_16A", "AUFENTHG_104C", "AUFENTHG_16G", "OTHER");
    assertThat(residence.latest().codes()).extracting(Code::code).isEqualTo(
        second.codes().stream().map(Code::code).toList());
    assertThat(residence.codes()).hasSize(5);

    Code old = residence.code("OLD_TITLE").orElseThrow();
    assertThat(old.since()).isSameAs(first);
    assertThat(old.withdrawnIn()).containsSame(second);
    assertThat(old.memberOf(first)).isTrue();
    assertThat(old.memberOf("2026-12-01")).isFalse();
    assertThat(first.contains("OLD_TITLE")).isTrue();
    assertThat(second.contains("OLD_TITLE")).isFalse();
    assertThat(second.code("OLD_TITLE")).isEmpty();
    assertThat(second.code("AUFENTHG_16G")).containsSame(residence.code("AUFENTHG_16G").orElseThrow());

    Code added = residence.code("AUFENTHG_16G").orElseThrow();
    assertThat(added.memberOf(first)).isFalse();
    assertThat(added.memberOf(residence.latest())).isTrue();
    assertThat(added.withdrawnIn()).isEmpty();
  }

  @Test
  void membershipInAnotherListOrAnUnknownVersion() {
    Code code = residence.code("AUFENTHG_16A").orElseThrow();
    CodeListVersion other = catalogue.byId("measure-kind").orElseThrow().latest();
    assertThat(code.memberOf(other)).isFalse();
    assertThatThrownBy(() -> code.memberOf("2020-01-01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-11-25, 2026-12-01, 2027-03-01");
  }

  @Test
  void validityBoundsAreInclusive() {
    Code c = residence.code("AUFENTHG_104C").orElseThrow();
    assertThat(c.validFrom()).contains(LocalDate.of(2022, 12, 31));
    assertThat(c.validUntil()).contains(LocalDate.of(2025, 12, 31));
    assertThat(c.validOn(LocalDate.of(2022, 12, 30))).isFalse();
    assertThat(c.validOn(LocalDate.of(2022, 12, 31))).isTrue();
    assertThat(c.validOn(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(c.validOn(LocalDate.of(2026, 1, 1))).isFalse();
    Code open = residence.code("AUFENTHG_16G").orElseThrow();
    assertThat(open.validUntil()).isEmpty();
    assertThat(open.validOn(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(open.validOn(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(residence.code("OTHER").orElseThrow().validOn(LocalDate.MIN)).isTrue();
  }

  @Test
  void anchorsSourcesAndSpecialCategories() {
    Code c = residence.code("AUFENTHG_104C").orElseThrow();
    assertThat(c.anchor()).contains("§ 104c AufenthG");
    assertThat(c.sources()).containsExactly(URI.create("https://www.gesetze-im-internet.de/aufenthg_2004/__104c.html"),
        URI.create("https://example.org/104c?a=1&b=2"));
    Code other = residence.code("OTHER").orElseThrow();
    assertThat(other.anchor()).isEmpty();
    assertThat(other.sources()).isEmpty();
    CodeList kinds = catalogue.byId("measure-kind").orElseThrow();
    assertThat(kinds.code("HEALTH_CARE").orElseThrow().specialCategory()).isTrue();
    assertThat(kinds.code("LANGUAGE_COURSE").orElseThrow().specialCategory()).isFalse();
    assertThat(c.specialCategory()).isFalse();
    assertThat(c.list()).isSameAs(residence);
    assertThat(c).hasToString("residence:AUFENTHG_104C");
  }
}
