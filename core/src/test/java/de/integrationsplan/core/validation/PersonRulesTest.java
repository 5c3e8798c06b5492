package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;
import static de.integrationsplan.core.validation.Variants.person;

import de.integrationsplan.core.model.v1.BenefitType;
import de.integrationsplan.core.model.v1.Child;
import de.integrationsplan.core.model.v1.Household;
import de.integrationsplan.core.model.v1.IdentifyingData;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.LegalBasis;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.ResidenceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The person: consistency, ranges, codes. The fixture's person was born on 1991-06-14, Syrian. */
final class PersonRulesTest {

  private static IntegrationPlan p(UnaryOperator<Person.Builder> change) {
    return person(base(), change);
  }

  private static Person.Builder fresh(Person.Builder b) {
    return Person.builder("p-2025-0113").birthYear(1991)
        .identifyingData(new IdentifyingData("Rania", "Al-Khatib", LocalDate.of(1991, 6, 14)));
  }

  @Test
  void rejectsNoBenefitsTogetherWithABenefit() {
    assertOnlyError(p(b -> b.benefit(BenefitType.NONE)), "plan.person.benefitsNoneWithOthers", "/person/benefits");
  }

  @Test
  void acceptsNoBenefitsAlone() {
    assertClean(person(base(), b -> fresh(b).benefit(BenefitType.NONE)));
  }

  @Test
  void acceptsSeveralBenefits() {
    assertClean(p(b -> b.benefit(BenefitType.SGB_XII)));
  }

  @Test
  void rejectsBirthYearThatDiffersFromBirthDate() {
    assertOnlyError(p(b -> b.birthYear(1990)), "plan.person.birthYearMismatch", "/person/birthYear");
  }

  @Test
  void acceptsBirthYearWithoutBirthDate() {
    assertClean(p(b -> b.identifyingData(new IdentifyingData("Rania", null, null)).birthYear(1980)));
  }

  @Test
  void rejectsBirthDateInFuture() {
    assertOnlyError(p(b -> b.birthYear(2099).identifyingData(new IdentifyingData(null, null, LocalDate.of(2099, 1, 1)))),
        "plan.person.birthDateInFuture", "/person/identifyingData/birthDate");
  }

  @Test
  void rejectsEmptyIdentifyingData() {
    assertOnlyError(p(b -> b.identifyingData(new IdentifyingData(null, null, null))),
        "plan.person.identifyingDataEmpty", "/person/identifyingData");
  }

  @Test
  void rejectsEmptyFamilyName() {
    assertOnlyError(p(b -> b.identifyingData(new IdentifyingData("Rania", "", null))),
        "value.size", "/person/identifyingData/familyName");
  }

  @ParameterizedTest(name = "birth year {0} is out of range")
  @ValueSource(ints = {1899, 2101})
  void rejectsBirthYearOutOfRange(int year) {
    assertOnlyError(p(b -> b.identifyingData(null).birthYear(year)), "plan.person.birthYearRange", "/person/birthYear");
  }

  @ParameterizedTest(name = "birth year {0} is in range")
  @ValueSource(ints = {1900, 2100})
  void acceptsBirthYearAtRangeLimits(int year) {
    assertClean(p(b -> b.identifyingData(null).birthYear(year)));
  }

  @Test
  void rejectsResidenceValidUntilBeforeValidFrom() {
    assertOnlyError(p(b -> b.residence(new ResidenceStatus(LegalBasis.AUFENTHG_25_1, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))),
        "plan.residence.validityReversed", "/person/residence/validUntil");
  }

  @Test
  void acceptsResidenceValidForOneDay() {
    assertClean(p(b -> b.residence(new ResidenceStatus(LegalBasis.AUFENTHG_25_1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))));
  }

  static Stream<Arguments> households() {
    return Stream.of(
        Arguments.of("no adult in the household", new Household(0, List.of()), "plan.household.adultsRange", "/person/household/adults"),
        Arguments.of("31 adults in the household", new Household(31, List.of()), "plan.household.adultsRange", "/person/household/adults"),
        Arguments.of("a child born in 1989", new Household(1, List.of(new Child(2016, null), new Child(1989, null))), "plan.household.birthYearRange", "/person/household/children/1/birthYear"),
        Arguments.of("a child born in 2101", new Household(1, List.of(new Child(2101, null))), "plan.household.birthYearRange", "/person/household/children/0/birthYear"));
  }

  @ParameterizedTest(name = "{0} gives {2} at {3}")
  @MethodSource("households")
  void rejectsHouseholdOutOfRange(String description, Household household, String code, String pointer) {
    assertOnlyError(p(b -> b.household(household)), code, pointer);
  }

  @Test
  void acceptsHouseholdAtRangeLimits() {
    assertClean(p(b -> b.household(new Household(30, List.of(new Child(1990, null), new Child(2100, null))))));
    assertClean(p(b -> b.household(new Household(1, List.of()))));
  }

  @Test
  void rejectsMalformedPseudonym() {
    assertOnlyError(p(b -> b.pseudonym("Rania Al-Khatib")), "plan.pseudonymFormat", "/person/pseudonym");
  }

  @Test
  void acceptsPseudonymWithColon() {
    assertClean(p(b -> b.pseudonym("hd:2025:0113")));
  }

  @Test
  void rejectsMoreThanFiveNationalities() {
    assertOnlyError(p(b -> b.nationality("IQ", "IR", "AF", "TR", "UA")), "value.size", "/person/nationalities");
  }
}
