package de.integrationsplan.core.model;

import java.util.UUID;

/**
 * An integration plan of any major version of the format: {@code model.v1.IntegrationPlan} for
 * format 1.x, {@code model.v2.IntegrationPlan} for 2.x. The validator and the codec read a
 * document into the version its {@code schemaVersion} names and hand it out as a {@code Plan};
 * a caller that handles one version asks for it by type:
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(json);
 * report.plan(de.integrationsplan.core.model.v1.IntegrationPlan.class).ifPresent(plan -> ...);
 * }</pre>
 *
 * <p>Implemented by the plan records of this library only; other implementations are not read or
 * written.
 */
public interface Plan {

  /**
   * The plan's technical id.
   *
   * @return the UUID
   */
  UUID id();

  /**
   * The version of the format the plan follows, {@code major.minor}.
   *
   * @return the version, such as {@code 1.0}
   */
  String schemaVersion();
}
