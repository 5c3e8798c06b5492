package de.integrationsplan.examples;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import de.integrationsplan.schema.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways to validate that docs/validation.md and docs/json-schema.md show: completely (reading,
 * which checks the structure the schema states, and the rules), against the schema alone with
 * networknt, and with English messages. The docs show the
 * bodies of these methods line for line; the tests run them on the example plans.
 */
public final class ValidatingDocuments {

  private ValidatingDocuments() {}

  /**
   * Validates a plan file completely, as the command line does.
   *
   * @param path a JSON document
   * @return the report of reading and rules
   * @throws IOException if the file cannot be read
   */
  public static ValidationReport completely(Path path) throws IOException {
    ValidationReport report = PlanValidator.create().validate(Files.readAllBytes(path));
    Optional<IntegrationPlan> plan = report.plan(IntegrationPlan.class);  // the plan the document was read into, if it is a 1.x plan
    return report;
  }

  /**
   * Validates a plan file against the published JSON Schema alone, as every other vendor's schema
   * validator sees it: no rules between values.
   *
   * @param path a JSON document
   * @return the report of the schema alone
   * @throws IOException if the file cannot be read
   */
  public static ValidationReport structureOnly(Path path) throws IOException {
    ValidationReport structure = SchemaValidator.create().validate(Files.readAllBytes(path));
    return structure;
  }

  /**
   * Validates a plan object and a JSON document with one validator that writes English messages.
   *
   * @param plan a plan built in Java
   * @param jsonText a plan as JSON
   * @return the report of the object, then that of the document
   */
  public static List<ValidationReport> inEnglish(IntegrationPlan plan, String jsonText) {
    PlanValidator validator = PlanValidator.builder().locale(Locale.ENGLISH).build();  // English messages
    ValidationReport fromObject = validator.validate(plan);
    ValidationReport fromJson = validator.validate(jsonText);                         // also byte[] and InputStream
    return List.of(fromObject, fromJson);
  }
}
