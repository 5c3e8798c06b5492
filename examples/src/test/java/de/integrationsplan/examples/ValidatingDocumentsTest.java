package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validation examples of docs/validation.md and docs/json-schema.md, run on the example plans. */
final class ValidatingDocumentsTest {

  private static final Path VALID = Path.of("plans/valid/heidelberg-ukraine-educator-recognition.json");
  private static final Path STRUCTURE_FAULT = Path.of("plans/invalid/ags-five-digits.json");
  private static final Path RULE_FAULT = Path.of("plans/invalid/due-date-before-agreement.json");

  @Test
  void completeValidationFindsNothingInAValidPlan() throws Exception {
    assertThat(ValidatingDocuments.completely(VALID).issues()).isEmpty();
  }

  @Test
  void completeValidationFindsAStructuralFaultAndARuleFault() throws Exception {
    assertThat(ValidatingDocuments.completely(STRUCTURE_FAULT).issues()).extracting(ValidationIssue::code)
        .containsExactly("schema.pattern");
    assertThat(ValidatingDocuments.completely(RULE_FAULT).issues()).extracting(ValidationIssue::code)
        .contains("plan.goal.dueBeforeAgreement");
  }

  @Test
  void schemaOnlyValidationSeesTheStructureButNotTheRules() throws Exception {
    assertThat(ValidatingDocuments.structureOnly(STRUCTURE_FAULT).issues())
        .extracting(ValidationIssue::code, ValidationIssue::source)
        .containsExactly(tuple("schema.pattern", IssueSource.SCHEMA));
    assertThat(ValidatingDocuments.structureOnly(RULE_FAULT).issues()).isEmpty();
  }

  @Test
  void anEnglishValidatorReportsTheSameFindingsForTheObjectAndTheDocument() throws Exception {
    String json = Files.readString(RULE_FAULT, StandardCharsets.UTF_8);
    IntegrationPlan plan = PlanJson.create().read(json, IntegrationPlan.class);

    List<ValidationReport> reports = ValidatingDocuments.inEnglish(plan, json);

    assertThat(reports.get(1).issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactlyElementsOf(reports.get(0).issues().stream()
            .map(issue -> tuple(issue.code(), issue.pointer())).collect(Collectors.toList()));
    assertThat(reports.get(0).issues()).extracting(ValidationIssue::message)
        .anySatisfy(message -> assertThat(message).endsWith(": The due date of the goal is before the date it was agreed."));
  }
}
