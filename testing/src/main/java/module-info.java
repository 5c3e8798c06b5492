/**
 * What vendors of case-management software need to test their own software against the
 * integration plan's wire format and rules: the conformance corpus, generators of mutated plan
 * documents, and the reference verdicts to compare with.
 *
 * <p>Exported: {@code de.integrationsplan.testing} only; its entry points are
 * {@link de.integrationsplan.testing.ConformanceCorpus},
 * {@link de.integrationsplan.testing.PlanMutations},
 * {@link de.integrationsplan.testing.ReferenceOracle} and
 * {@link de.integrationsplan.testing.ReaderAgreement}. The corpus is a resource of this module,
 * read through {@code ConformanceCorpus}, and not opened. The module reads the generator of valid
 * plans, {@code de.integrationsplan.synthetic}, and passes it on, so that the plans to mutate come
 * with it.
 */
module de.integrationsplan.testing {
  requires transitive de.integrationsplan.core;
  requires transitive de.integrationsplan.synthetic;
  requires de.integrationsplan.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  exports de.integrationsplan.testing;
}
