/**
 * Synthetic integration plans: a deterministic generator of valid, plausible plans of people in
 * <em>Anschlussunterbringung</em> in Baden-Württemberg, with no identifying data, for tests, demos
 * and benchmarks.
 *
 * <p>Exported: {@code de.integrationsplan.synthetic} with its one entry point,
 * {@link de.integrationsplan.synthetic.SyntheticPlans}. The distribution tables and the generator
 * itself are package-private.
 */
module de.integrationsplan.synthetic {
  requires transitive de.integrationsplan.core;
  requires static org.jspecify;

  exports de.integrationsplan.synthetic;
}
