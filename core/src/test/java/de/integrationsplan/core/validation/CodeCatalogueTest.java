package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.internal.Catalogue;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue of codes: a complete entry for every code, in German and English, and nothing else. */
final class CodeCatalogueTest {

  static Stream<String> codes() {
    return Codes.all().stream();
  }

  @ParameterizedTest(name = "{0} is explained in German and English")
  @MethodSource("codes")
  void everyCodeHasACompleteEntryInBothLanguages(String code) {
    CodeExplanation german = Codes.explain(code, Locale.GERMAN);
    CodeExplanation english = Codes.explain(code, Locale.ENGLISH);
    for (CodeExplanation entry : new CodeExplanation[] {german, english}) {
      assertThat(entry.code()).isEqualTo(code);
      assertThat(Stream.of(entry.message(), entry.meaning(), entry.anchor(), entry.fault(), entry.fix()))
          .as(code).allSatisfy(text -> assertThat(text).isNotBlank());
      assertThat(entry.message()).as("%s: no placeholder left", code).doesNotContainPattern("\\{[A-Za-z]+}");
    }
    assertThat(english.meaning()).as("%s: the English meaning is not the German one", code).isNotEqualTo(german.meaning());
  }

  @Test
  void hasNoEntryWithoutItsCode() {
    for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
      Set<String> expected = new TreeSet<>();
      for (String code : Codes.all()) {
        for (Catalogue.Part part : Catalogue.Part.values()) {
          expected.add(code + "." + part.suffix());
        }
      }
      assertThat(new TreeSet<>(Catalogue.keys(locale))).as(locale.toString()).isEqualTo(expected);
    }
  }

  @Test
  void anAnchorThatIsNoSourceSaysItIsPractical() {
    // an anchor is a paragraph or a standard; where there is none, it says so instead of inventing one
    for (String code : Codes.all()) {
      String german = Codes.explain(code, Locale.GERMAN).anchor();
      String english = Codes.explain(code, Locale.ENGLISH).anchor();
      assertThat(german.startsWith("Praktisch")).as(code).isEqualTo(english.startsWith("Practical"));
    }
  }

  @Test
  void writesPlaceholdersOfTheMessageAsAnEllipsis() {
    assertThat(Codes.explain("schema.maxLength", Locale.GERMAN).message())
        .isEqualTo("Die Angabe ist zu lang (höchstens … Zeichen).");
    assertThat(Codes.explain("schema.maxLength", Locale.ENGLISH).message())
        .isEqualTo("The value is too long (at most … characters).");
  }

  @Test
  void speaksGermanForEveryLanguageButEnglish() {
    assertThat(Codes.explain("plan.goal.dueBeforeAgreement", Locale.FRENCH))
        .isEqualTo(Codes.explain("plan.goal.dueBeforeAgreement", Locale.GERMAN));
  }

  @Test
  void rejectsAnUnknownCode() {
    assertThatThrownBy(() -> Codes.explain("plan.goal.dueBeforeAgreemnt", Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plan.goal.dueBeforeAgreemnt");
  }
}
