package de.integrationsplan.core.validation.constraints;

import jakarta.validation.Payload;

/**
 * Payloads that set the severity of a constraint's findings; without one a finding is an error.
 *
 * <pre>{@code @GoalsHaveMeasures(payload = Severities.Warning.class)}</pre>
 */
public final class Severities {

  private Severities() {}

  /** Findings are warnings: worth a look, the plan is still valid. */
  public interface Warning extends Payload {}

  /** Findings are information only. */
  public interface Info extends Payload {}
}
