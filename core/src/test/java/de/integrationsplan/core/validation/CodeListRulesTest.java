package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.person;
import static de.integrationsplan.core.validation.Variants.profile;
import static de.integrationsplan.core.validation.Variants.replaceGoal;

import de.integrationsplan.core.model.v1.CefrLevel;
import de.integrationsplan.core.model.v1.GoalTarget;
import de.integrationsplan.core.model.v1.LanguageSkill;
import de.integrationsplan.core.model.v1.LanguageTarget;
import de.integrationsplan.core.model.v1.Schooling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** value.countryCode and value.languageCode wherever they are used. */
final class CodeListRulesTest {

  @ParameterizedTest(name = "nationality {0} is accepted")
  @ValueSource(strings = {"SY", "AF", "UA", "XK", "STATELESS", "UNKNOWN"})
  void acceptsNationality(String code) {
    assertClean(person(base(), b -> b.nationality(code)));
  }

  @ParameterizedTest(name = "nationality {0} is rejected")
  @ValueSource(strings = {"XX", "sy", "SYR", "S", "", "UK", "stateless"})
  void rejectsNationality(String code) {
    assertOnlyError(person(base(), b -> b.nationality(code)), "value.countryCode", "/person/nationalities/1");
  }

  @ParameterizedTest(name = "country of origin {0} is rejected")
  @ValueSource(strings = {"STATELESS", "UNKNOWN", "XX"})
  void rejectsCountryOfOriginThatIsNoCountry(String code) {
    assertOnlyError(person(base(), b -> b.countryOfOrigin(code)), "value.countryCode", "/person/countryOfOrigin");
  }

  @Test
  void acceptsKosovoAsCountryOfOrigin() {
    assertClean(person(base(), b -> b.countryOfOrigin("XK")));
  }

  @Test
  void rejectsUnknownCountryOfSchooling() {
    assertOnlyError(profile(base(), p -> {
      p.schooling.add(new Schooling("XX", null, null, null, null));
      return p;
    }), "value.countryCode", "/competenceProfile/schooling/1/country");
  }

  @ParameterizedTest(name = "language {0} is accepted")
  @ValueSource(strings = {"prs", "kmr", "ckb", "tir", "fa-AF", "de", "arb", "pus", "sr-Latn-RS"})
  void acceptsLanguage(String code) {
    assertClean(person(base(), b -> b.language(code)));
  }

  @ParameterizedTest(name = "language {0} is rejected")
  @ValueSource(strings = {"Deutsch", "DE", "de_DE", "d", "e1", "", "deu-", "de-1", "fa-AF-"})
  void rejectsLanguage(String code) {
    assertOnlyError(person(base(), b -> b.language(code)), "value.languageCode", "/person/languages/2");
  }

  @Test
  void rejectsUnknownLanguageOfSkill() {
    assertOnlyError(profile(base(), p -> {
      p.languageSkills.add(LanguageSkill.overall("Kurdisch", CefrLevel.A1, null, null));
      return p;
    }), "value.languageCode", "/competenceProfile/languageSkills/2/language");
  }

  @Test
  void rejectsUnknownLanguageOfTarget() {
    assertOnlyError(replaceGoal(base(), 0, g -> g.toBuilder()
        .target(GoalTarget.language(new LanguageTarget("DEU", CefrLevel.B2))).build()),
        "value.languageCode", "/goals/0/target/language/language");
  }

  @Test
  void acceptsLanguageTagOf34Characters() {
    assertClean(person(base(), b -> b.language("de-DE-1996-abcde-fghij-klmno-pqrst")));
  }

  @Test
  void rejectsLanguageTagLongerThan35Characters() {
    assertOnlyError(person(base(), b -> b.language("de-DE-1996-abcde-fghij-klmno-pqrst-uvwxy")),
        "value.languageCode", "/person/languages/2");
  }
}
