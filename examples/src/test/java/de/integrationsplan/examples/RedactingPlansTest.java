package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The redaction example of docs/privacy.md, on an example plan with identifying data and extensions. */
final class RedactingPlansTest {

  private static final byte[] KEY = "ein Schlüssel nur für diesen Test, 32 Bytes und mehr".getBytes(StandardCharsets.UTF_8);
  private static final Path PLAN = Path.of("plans/valid/konstanz-duldung-mother-participation.json");

  @Test
  void removesIdentifyingDataAndKeepsThePlanValid() throws Exception {
    IntegrationPlan plan = PlanJson.create().read(Files.readString(PLAN, StandardCharsets.UTF_8), IntegrationPlan.class);
    assertThat(plan.person().identifyingData()).as("the example has identifying data").isNotNull();

    IntegrationPlan redacted = RedactingPlans.redact(plan, KEY);

    assertThat(redacted.person().identifyingData()).isNull();
    assertThat(redacted.person().pseudonym()).startsWith("ps-").isNotEqualTo(plan.person().pseudonym());
    assertThat(PlanValidator.create().validate(redacted).issues()).isEmpty();
  }

  @Test
  void givesTheSamePseudonymsWithTheSameKey() throws Exception {
    IntegrationPlan plan = PlanJson.create().read(Files.readString(PLAN, StandardCharsets.UTF_8), IntegrationPlan.class);

    assertThat(RedactingPlans.redact(plan, KEY)).isEqualTo(RedactingPlans.redact(plan, KEY));
  }
}
