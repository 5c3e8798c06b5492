package de.integrationsplan.examples;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.migration.MigrationResult;
import de.integrationsplan.core.migration.PlanMigration;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Migrating a plan of format 1.0 to format 2.0 as docs/migration.md shows it. The docs show the
 * body of {@link #migrate} line for line; the tests run it on the example plans.
 */
public final class MigratingPlans {

  private MigratingPlans() {}

  /**
   * Validates a document, migrates it when it is a valid plan of format 1.0, and returns the 2.0
   * document, or {@code null} when the input was invalid; the findings go to {@code findings}.
   *
   * @param json a plan of format 1.0 or 2.0
   * @param findings receives the errors of an invalid input, or the findings of the migration
   * @return the plan of format 2.0 as JSON, or {@code null}
   */
  public static @Nullable String migrate(String json, List<String> findings) {
    ValidationReport report = PlanValidator.create().validate(json);  // by its own schemaVersion
    if (!report.isValid()) {
      report.errors().forEach(issue -> findings.add(issue.toString()));
      return null;                                                     // migrate valid plans only
    }
    Plan plan = report.plan();                                         // model.v1 or model.v2
    MigrationResult result = PlanMigration.create().migrate(plan);     // a 2.0 plan is passed through
    for (ValidationIssue issue : result.issues()) {                    // migration.*, 1.0 pointers
      findings.add(issue.severity() + " " + issue.pointer() + " " + issue.code());
    }
    return PlanJson.create().writePretty(result.plan());               // "schemaVersion": "2.0"
  }
}
