package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** {@link Codes#nearest}: only known codes come back, for any text typed. */
final class CodesNearestTest {

  @Test
  void findsACodeByATypingErrorOrItsLastPart() {
    assertThat(Codes.nearest("schema.patern")).first().isEqualTo("schema.pattern");
    assertThat(Codes.nearest("dueBeforAgreement")).containsExactly("plan.goal.dueBeforeAgreement");
    assertThat(Codes.nearest("JSON.LONESURROGATE")).containsExactly("json.loneSurrogate");
  }

  @Test
  void givesTheCodesThatBeginWithAPrefix() {
    assertThat(Codes.nearest("plan.goal.")).isNotEmpty().hasSizeLessThanOrEqualTo(8)
        .allSatisfy(code -> assertThat(code).startsWith("plan.goal."));
  }

  @Test
  void givesNothingForEmptyOrHostileText() {
    assertThat(Codes.nearest("")).isEmpty();
    assertThat(Codes.nearest("   ")).isEmpty();
    assertThat(Codes.nearest("Ahmad Karimi, geb. 1990")).isEmpty();
    assertThat(Codes.nearest("\u001b]0;title\u0007\n")).isEmpty();
    assertThat(Codes.nearest("x".repeat(10_000))).isEmpty();
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> Codes.nearest(null)).withMessage("typed");
  }
}
