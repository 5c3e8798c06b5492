package de.integrationsplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.testing.TestPlans;
import de.integrationsplan.core.validation.PlanValidator;
import org.junit.jupiter.api.Test;

final class SmokeTest {
  @Test
  void smoke() {
    var plan = TestPlans.complete();
    var report = PlanValidator.create().validate(plan);
    System.out.println(report.issues());
    String json = PlanJson.create().writePretty(plan);
    System.out.println(json);
    var back = PlanJson.create().read(json);
    assertThat(back).isEqualTo(plan);
    System.out.println(PlanValidator.create().validate("{\"id\":1}").issues());
    System.out.println(PlanValidator.create().validate(json.replace("\"g-lang\"", "\"g-x\"").replace("2026-09-30", "2020-01-01")).issues());
  }
}
