package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration example of docs/migration.md on the example plans. */
final class MigratingPlansTest {

  private static final Path PLAN = Path.of("plans/valid/schwaebisch-gmuend-zab-statement-study.json");

  @Test
  void migratesAValidPlanAndReportsWhatToCheck() throws IOException {
    List<String> findings = new ArrayList<>();

    String migrated = MigratingPlans.migrate(Files.readString(PLAN, StandardCharsets.UTF_8), findings);

    assertThat(migrated).contains("\"schemaVersion\" : \"2.0\"");
    // a plan without special-category facts needs no Art. 9 consent, in 1.0 as in 2.0: nothing to check
    assertThat(findings).isEmpty();
    List<ValidationIssue> errors = PlanValidator.create().validate(migrated).errors();
    assertThat(errors).isEmpty();
  }

  @Test
  void passesAMigratedPlanThrough() throws IOException {
    List<String> findings = new ArrayList<>();
    String once = MigratingPlans.migrate(Files.readString(Path.of(
        "plans/valid/freiburg-eritrea-second-script-learner.json"), StandardCharsets.UTF_8), new ArrayList<>());

    String twice = MigratingPlans.migrate(once, findings);

    assertThat(twice).isEqualTo(once);
    assertThat(findings).containsExactly("INFO  migration.alreadyCurrent");
  }

  @Test
  void leavesAnInvalidPlanAlone() throws IOException {
    List<String> findings = new ArrayList<>();

    String migrated = MigratingPlans.migrate(Files.readString(Path.of("plans/invalid/duplicate-goal-ids.json"),
        StandardCharsets.UTF_8), findings);

    assertThat(migrated).isNull();
    assertThat(findings).singleElement().asString().contains("plan.id.duplicate");
  }
}
