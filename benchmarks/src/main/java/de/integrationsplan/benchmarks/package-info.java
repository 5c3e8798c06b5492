/**
 * JMH benchmarks of the Integrationsplan SDK and the corpus they share with the ajv benchmark; see
 * {@code benchmarks/compare.sh}. Not published.
 */
package de.integrationsplan.benchmarks;
