package de.integrationsplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verdicts and their findings: split by code, compared as sets, described in words. */
final class VerdictTest {

  private static final Finding MISSING_ID = Finding.error("schema.required", "/id");
  private static final Finding BAD_STATUS = Finding.error("schema.enum", "/status");
  private static final Finding DUE_BEFORE = Finding.error("plan.goal.dueBeforeAgreement", "/goals/0/dueDate");
  private static final Finding NO_MEASURE = new Finding("plan.goal.withoutMeasure", "/goals/0", Severity.WARNING);

  @Test
  void splitsFindingsIntoStructureAndRulesByTheirCodes() {
    Verdict verdict = Verdict.of(List.of(DUE_BEFORE, MISSING_ID, Finding.error("json.duplicateKey", "/status"),
        Finding.error("value.pattern", "/person/pseudonym")));

    assertThat(verdict.structural()).containsExactly(MISSING_ID, Finding.error("json.duplicateKey", "/status"));
    assertThat(verdict.rules()).containsExactly(DUE_BEFORE, Finding.error("value.pattern", "/person/pseudonym"));
  }

  @Test
  void comparesAsSetsWhateverTheOrderAndRepetition() {
    assertThat(Verdict.of(List.of(MISSING_ID, BAD_STATUS, MISSING_ID))).isEqualTo(Verdict.of(List.of(BAD_STATUS, MISSING_ID)));
  }

  @Test
  void namesEveryMissingAndEveryUnexpectedFinding() {
    Verdict expected = Verdict.of(List.of(MISSING_ID, DUE_BEFORE));
    Verdict actual = Verdict.of(List.of(MISSING_ID, BAD_STATUS));

    assertThat(actual.differencesFrom(expected)).containsExactly(
        "missing ERROR plan.goal.dueBeforeAgreement at \"/goals/0/dueDate\"",
        "unexpected ERROR schema.enum at \"/status\"");
    assertThat(expected.differencesFrom(expected)).isEmpty();
  }

  @Test
  void isValidWithWarningsButNotWithAnError() {
    assertThat(Verdict.of(List.of()).isValid()).isTrue();
    assertThat(Verdict.of(List.of(NO_MEASURE)).isValid()).isTrue();
    assertThat(Verdict.of(List.of(NO_MEASURE, DUE_BEFORE)).isValid()).isFalse();
  }

  @Test
  void withoutRulesKeepsTheStructureAlone() {
    Verdict verdict = Verdict.of(List.of(MISSING_ID, DUE_BEFORE));
    assertThat(verdict.withoutRules()).isEqualTo(Verdict.of(List.of(MISSING_ID)));
  }

  @Test
  void takesTheFindingsOfTheLibrarysReport() {
    ValidationReport report = new ValidationReport(List.of(
        new ValidationIssue(Severity.ERROR, "plan.goal.dueBeforeAgreement", "/goals/0/dueDate", IssueSource.RULE, "m", null),
        new ValidationIssue(Severity.WARNING, "plan.goal.withoutMeasure", "/goals/0", IssueSource.RULE, "m", null)));

    assertThat(Verdict.of(report)).isEqualTo(new Verdict(Set.of(), Set.of(DUE_BEFORE, NO_MEASURE)));
  }

  @Test
  void rejectsAFindingFiledOnTheWrongSide() {
    assertThatThrownBy(() -> new Verdict(Set.of(DUE_BEFORE), Set.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan.goal.dueBeforeAgreement");
    assertThatThrownBy(() -> new Verdict(Set.of(), Set.of(MISSING_ID))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema.required");
  }

  @Test
  void rejectsAFindingWithoutACodeOrWithAPointerThatIsNone() {
    assertThatThrownBy(() -> Finding.error(" ", "/id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code is blank");
    assertThatThrownBy(() -> Finding.error("schema.required", "id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema.required");
    assertThatThrownBy(() -> Finding.error("schema.required", "/a~2b")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Finding.error("schema.additionalProperties", "/kosten~1~0monat").pointer()).isEqualTo("/kosten~1~0monat");
  }

  @Test
  void ordersFindingsAsTheDocumentDoesAndPrintsThemInOneLine() {
    assertThat(Verdict.of(List.of(BAD_STATUS, DUE_BEFORE, MISSING_ID)).findings())
        .containsExactly(DUE_BEFORE, MISSING_ID, BAD_STATUS);
    assertThat(MISSING_ID).hasToString("ERROR schema.required at \"/id\"");
    assertThat(Verdict.of(List.of())).hasToString("no findings");
  }
}
