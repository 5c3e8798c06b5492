package de.integrationsplan.examples;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.privacy.RedactionLevel;
import de.integrationsplan.core.privacy.Redactor;

/**
 * Redaction as docs/privacy.md shows it. The docs show the body of {@link #redact} line for line;
 * the tests run it on the example plans.
 */
public final class RedactingPlans {

  private RedactingPlans() {}

  /**
   * Redacts one plan for exchange with authorities or services.
   *
   * @param plan the plan, with identifying data and extensions
   * @param secret the key of the pseudonyms, at least 32 bytes
   * @return the redacted plan, still valid
   */
  public static IntegrationPlan redact(IntegrationPlan plan, byte[] secret) {
    Redactor redactor = Redactor.builder()
        .key(secret)                          // at least 32 bytes; the data controller keeps it
        .level(RedactionLevel.EXCHANGE)       // or STATISTICS
        .build();                             // immutable, thread-safe: build once, share
    IntegrationPlan redacted = redactor.redact(plan);   // one plan in, one plan out
    return redacted;
  }
}
