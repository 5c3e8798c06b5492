package de.integrationsplan.core.internal.check;

import de.integrationsplan.core.model.IntegrationPlan;

/**
 * The pre-check of the plan rules: does a plan satisfy every constraint of the model, errors,
 * warnings and information alike? Compiled once, on first use, by {@link CheckCompiler} from the
 * model's annotations, without Bean Validation; a model with a constraint it cannot decide fails
 * that first use with an {@link ExceptionInInitializerError} (and the build, by the completeness
 * test).
 *
 * <p>Sound, not complete: when it passes, Hibernate Validator finds nothing either; when it fails,
 * or a validator throws, the caller asks Hibernate Validator, which produces the report (or the
 * exception) as before. Thread-safe.
 */
public final class PlanCheck {

  private PlanCheck() {}

  /**
   * Whether the plan satisfies every constraint.
   *
   * @param plan the plan
   * @return {@code true} only when Bean Validation would report no violation at all
   */
  public static boolean passes(IntegrationPlan plan) {
    try {
      return Compiled.CHECK.root().test(plan);
    } catch (RuntimeException e) {
      // Violated, or a validator that throws: Hibernate Validator decides (and reports the fault)
      return false;
    }
  }

  /** What was compiled: the constraints it decides, for the completeness test. */
  static CheckCompiler.Compiled compiled() {
    return Compiled.CHECK;
  }

  /** Compiles on first use; the class initialiser makes it thread-safe and publishes it. */
  private static final class Compiled {
    static final CheckCompiler.Compiled CHECK = CheckCompiler.forModel().compile(IntegrationPlan.class);
  }
}
