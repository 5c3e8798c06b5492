package de.integrationsplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case judges a complete validator by its exact findings and a schema validator by its verdict
 * and the expected findings among its own, each disagreement in words.
 */
final class ConformanceCaseTest {

  private static final byte[] DOCUMENT = "{}".getBytes(StandardCharsets.UTF_8);
  private static final Finding MISSING_ID = Finding.error("schema.required", "/id");
  private static final Finding MISSING_STATUS = Finding.error("schema.required", "/status");
  private static final Finding DUE_BEFORE = Finding.error("plan.goal.dueBeforeAgreement", "/goals/0/dueDate");

  private static ConformanceCase of(String name, CaseKind kind, Finding... expected) {
    return new ConformanceCase(name, kind, "a case for the test", DOCUMENT, Verdict.of(List.of(expected)));
  }

  @Test
  void aCompleteValidatorMustReportExactlyTheExpectedFindings() {
    ConformanceCase c = of("structural-two-missing", CaseKind.STRUCTURAL, MISSING_ID, MISSING_STATUS);

    assertThat(c.disagreements(Verdict.of(List.of(MISSING_ID, MISSING_STATUS)))).isEmpty();
    assertThat(c.disagreements(Verdict.of(List.of(MISSING_ID)))).containsExactly(
        "missing ERROR schema.required at \"/status\"");
  }

  @Test
  void aSchemaValidatorMustRejectAStructuralCaseWithEveryExpectedFindingWhateverElseItSays() {
    ConformanceCase c = of("structural-two-missing", CaseKind.STRUCTURAL, MISSING_ID, MISSING_STATUS);

    assertThat(c.schemaDisagreements(Verdict.of(List.of(MISSING_ID, MISSING_STATUS,
        Finding.error("schema.type", "/status"), Finding.error("schema.anyOf", "/person"))))).isEmpty();
    assertThat(c.schemaDisagreements(Verdict.of(List.of(MISSING_ID, Finding.error("schema.type", "/status")))))
        .containsExactly("expected schema.required at \"/status\", reports schema.required at \"/id\", "
            + "schema.type at \"/status\"");
    assertThat(c.schemaDisagreements(Verdict.of(List.of()))).containsExactly(
        "expected invalid for the schema, accepts it");
  }

  @Test
  void aSchemaValidatorMustAcceptARuleCaseAndIsNotAskedAboutAParserCase() {
    ConformanceCase rule = of("rule-due-before", CaseKind.RULE, DUE_BEFORE);
    ConformanceCase parser = of("parser-repeated", CaseKind.PARSER, Finding.error("json.duplicateKey", "/status"));

    assertThat(rule.schemaDisagreements(Verdict.of(List.of()))).isEmpty();
    assertThat(rule.schemaDisagreements(Verdict.of(List.of(DUE_BEFORE)))).as("rule findings do not count").isEmpty();
    assertThat(rule.schemaDisagreements(Verdict.of(List.of(MISSING_ID)))).containsExactly(
        "expected valid for the schema, reports schema.required at \"/id\"");
    assertThat(parser.schemaDisagreements(Verdict.of(List.of(MISSING_ID)))).isEmpty();
  }

  @Test
  void isAValueNamedByItsNameAndDescription() {
    ConformanceCase c = of("rule-due-before", CaseKind.RULE, DUE_BEFORE);

    assertThat(c).isEqualTo(of("rule-due-before", CaseKind.RULE, DUE_BEFORE)).hasSameHashCodeAs(
        of("rule-due-before", CaseKind.RULE, DUE_BEFORE));
    assertThat(c).isNotEqualTo(of("rule-due-before", CaseKind.RULE));
    assertThat(c).hasToString("rule-due-before: a case for the test");
  }
}
