package de.integrationsplan.core.migration;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.util.List;
import java.util.Objects;

/**
 * What a migration gives: the plan of format 2.0 and the findings of the migration, each with its
 * code ({@code migration.*}), its severity and the JSON Pointer into the 1.0 document of the value
 * it concerns.
 *
 * @param plan the plan of format 2.0
 * @param issues the findings, in the order of the 1.0 document; empty when every value had a place
 *     of its own in format 2.0
 */
public record MigrationResult(IntegrationPlan plan, List<ValidationIssue> issues) {

  /**
   * Canonical constructor; both are required.
   *
   * @param plan the plan of format 2.0
   * @param issues the findings
   */
  public MigrationResult {
    Objects.requireNonNull(plan, "plan");
    issues = List.copyOf(issues);
  }

  /**
   * The warnings: values kept in the migration extension, or facts to check in the migrated plan.
   *
   * @return the findings of severity {@link Severity#WARNING}
   */
  public List<ValidationIssue> warnings() {
    return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
  }
}
