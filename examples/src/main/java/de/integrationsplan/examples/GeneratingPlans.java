package de.integrationsplan.examples;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * Synthetic plans as docs/examples-and-synthetic.md shows them: one plan by its index, a stream to
 * validate, and NDJSON written in constant memory. The docs show the body of {@link #generate} line
 * for line; the tests run it.
 */
public final class GeneratingPlans {

  private GeneratingPlans() {}

  /**
   * Generates plans of seed 7: validates the first 1,000 and writes 1,000 as NDJSON.
   *
   * @param validator the validator each generated plan is given to
   * @param out where the NDJSON goes; not closed
   * @return the plan at index 0
   */
  public static IntegrationPlan generate(PlanValidator validator, OutputStream out) {
    SyntheticPlans generator = SyntheticPlans.builder()
        .seed(7)
        .referenceDate(LocalDate.of(2026, 11, 25))     // the Stichtag; the default
        .build();
    IntegrationPlan plan = generator.plan(0);          // any index, in any order, also in parallel
    generator.stream(1_000).forEach(validator::validate);
    generator.writeNdjson(1_000, out);                 // one compact JSON plan a line, constant memory
    return plan;
  }
}
