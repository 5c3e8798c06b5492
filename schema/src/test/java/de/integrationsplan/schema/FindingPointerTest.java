package de.integrationsplan.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@link PlanSchema#findingPointer}: a pointer goes no deeper than the schema, whatever it is given. */
final class FindingPointerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'' | ''",
      "/person | /person",
      "/person/pseudonym | /person/pseudonym",
      "/goals/3/target/language/level | /goals/3/target/language/level",
      "/measures/0/kosten~1~0monat | /measures/0",
      "/person/Ahmad Karimi | /person",
      "/Ahmad | ''",
      "/extensions/1/value | /extensions/1/value",
      "/extensions/1/value/note | /extensions/1/value",
      "/extensions/1/value/0/id | /extensions/1/value",
      "/goals/01 | /goals",
      "/goals/-1 | /goals",
      "/goals/x/id | /goals",
      "/goals/ | /goals",
      "/person/pseudonym/0 | /person/pseudonym",
      "/person/languages/0/x | /person/languages/0",
      "// | ''",
      "person | ''",
      "/goals/2/id/ | /goals/2/id"})
  void cutsWhereThePointerLeavesTheSchema(String pointer, String expected) {
    assertThat(PlanSchema.findingPointer(pointer)).isEqualTo(expected);
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> PlanSchema.findingPointer(null));
  }
}
