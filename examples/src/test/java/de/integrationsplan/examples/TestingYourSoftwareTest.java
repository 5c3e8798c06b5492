package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.schema.SchemaValidator;
import de.integrationsplan.testing.Finding;
import de.integrationsplan.testing.Verdict;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/testing.md: the library's own validators pass it, and validators that miss
 * something are caught, named by case or mutant.
 */
final class TestingYourSoftwareTest {

  private static final PlanValidator LIBRARY = PlanValidator.create();
  private static final SchemaValidator NETWORKNT = SchemaValidator.create();

  @Test
  void theLibrarysValidatorAgreesWithTheCorpusAndTheReference() {
    assertThat(TestingYourSoftware.checkComplete(bytes -> Verdict.of(LIBRARY.validate(bytes)))).isEmpty();
  }

  @Test
  void aValidatorOfTheSchemaAloneIsCaughtMissingTheRules() {
    assertThat(TestingYourSoftware.checkComplete(bytes -> Verdict.of(NETWORKNT.validate(bytes))))
        .isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("rule-").contains(": missing "));
  }

  @Test
  void networkntPassesTheChecksOfASchemaValidator() {
    assertThat(TestingYourSoftware.checkSchemaOnly(bytes -> Verdict.of(NETWORKNT.validate(bytes)))).isEmpty();
  }

  @Test
  void aSchemaValidatorThatMissesTheFormatsIsCaught() {
    Function<byte[], Verdict> noFormats = bytes -> Verdict.of(NETWORKNT.validate(bytes).issues().stream()
        .filter(i -> !i.code().equals("schema.format")).map(Finding::of).toList());

    assertThat(TestingYourSoftware.checkSchemaOnly(noFormats))
        .anySatisfy(d -> assertThat(d).startsWith("structural-").contains("expected invalid for the schema"))
        .anySatisfy(d -> assertThat(d).startsWith("BREAK_FORMAT at ").endsWith("no error at its pointer"));
  }

  @Test
  void yourFindingsBecomeAVerdictOfTheStructure() {
    assertThat(TestingYourSoftware.yourFindings().structural()).containsExactly(
        Finding.error("schema.required", "/person/pseudonym"));
  }
}
