/**
 * Implementation of the period report, not API: the plan's contributions to the cells
 * ({@link de.integrationsplan.report.internal.PlanCounting}), the record keys
 * ({@link de.integrationsplan.report.internal.RecordKeys}), the counts that spill to disk in
 * bounded memory ({@link de.integrationsplan.report.internal.SpillingCounts}) and the writers
 * ({@link de.integrationsplan.report.internal.ReportWriters}).
 */
@NullMarked
package de.integrationsplan.report.internal;

import org.jspecify.annotations.NullMarked;
