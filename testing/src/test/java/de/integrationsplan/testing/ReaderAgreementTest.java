package de.integrationsplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.synthetic.SyntheticPlans;
import org.junit.jupiter.api.Test;

/** The check that networknt judges the reader: it passes where both agree, and can fail. */
final class ReaderAgreementTest {

  private static final ReaderAgreement AGREEMENT = ReaderAgreement.create();
  private static final String PLAN = PlanJson.create().write(SyntheticPlans.withSeed(7).plan(0));

  @Test
  void givesThePlanOfADocumentBothAccept() {
    assertThat(AGREEMENT.check(PLAN)).isEqualTo(SyntheticPlans.withSeed(7).plan(0));
  }

  @Test
  void givesNoPlanOfADocumentBothReject() {
    assertThat(AGREEMENT.check(PLAN.replace("\"schemaVersion\"", "\"schemaVersionX\""))).isNull();
  }

  @Test
  void allowsTheOneKnownDifferenceOfDatesWithASignedYear() {
    String signed = PLAN.replaceFirst("\"start\":\"(\\d{4})-", "\"start\":\"+0$1-");
    assertThat(signed).isNotEqualTo(PLAN);
    assertThat(AGREEMENT.check(signed)).isNull();
  }

  @Test
  void allowsItAfterAByteOrderMarkToo() {
    String signed = "\uFEFF" + PLAN.replaceFirst("\"start\":\"(\\d{4})-", "\"start\":\"+0$1-");
    assertThat(AGREEMENT.check(signed)).isNull();
    assertThat(AGREEMENT.check(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void failsWhenTheReaderReportsOneFindingFewerThanNetworknt() {
    String json = PLAN.replaceFirst("\\{", "{\"unknownProperty\":1,");
    AGREEMENT.check(json);
    String oneMore = json.replaceFirst("\"person\":\\{", "\"person\":{\"x\":1,");
    assertThat(oneMore).isNotEqualTo(json);

    assertThatThrownBy(() -> AGREEMENT.checkAgainst(json, oneMore)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("schema.additionalProperties at \"/person\"");
  }
}
