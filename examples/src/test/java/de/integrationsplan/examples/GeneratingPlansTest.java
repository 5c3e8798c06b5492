package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic-plans example of docs/examples-and-synthetic.md: what it generates is valid and the same each run. */
final class GeneratingPlansTest {

  @Test
  void writesAThousandValidPlansAsNdjsonStartingWithThePlanAtIndexZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    IntegrationPlan first = GeneratingPlans.generate(PlanValidator.create(), out);

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(1_000);
    assertThat(PlanJson.create().read(lines.get(0))).isEqualTo(first);
    ValidationReport report = PlanValidator.create().validate(lines.get(999));
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void generatesTheSameBytesEachRun() {
    ByteArrayOutputStream once = new ByteArrayOutputStream();
    ByteArrayOutputStream again = new ByteArrayOutputStream();

    GeneratingPlans.generate(PlanValidator.create(), once);
    GeneratingPlans.generate(PlanValidator.create(), again);

    assertThat(again.toByteArray()).isEqualTo(once.toByteArray());
  }
}
