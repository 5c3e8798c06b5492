/**
 * Period reports for the Land (<em>Berichte für das Land</em>).
 *
 * <p>Start at {@link de.integrationsplan.report.PeriodReport}: built once with the period, the
 * <em>Stichtag</em>, the Land's secret and optionally the persons in <em>Anschlussunterbringung</em>
 * per municipality; {@link de.integrationsplan.report.PeriodReport#counting()} takes plans one at a
 * time ({@link de.integrationsplan.report.ReportCounting}) and
 * {@link de.integrationsplan.report.ReportCounting#finish()} gives the
 * {@link de.integrationsplan.report.ReportResult}, whose cells
 * ({@link de.integrationsplan.report.ReportCell}, in the tables of
 * {@link de.integrationsplan.report.ReportTable} at the levels of
 * {@link de.integrationsplan.report.ReportLevel}) are written as CSV, JSON or .xlsx.
 *
 * <p>Every published count is perturbed by the cell-key method
 * ({@link de.integrationsplan.report.CellKeyPerturbation}): the noise of a cell follows from the
 * records in it and the Land's secret, so the same cell has the same value in every release.
 * docs/reports.md states what this protects and what it does not.
 */
@NullMarked
package de.integrationsplan.report;

import org.jspecify.annotations.NullMarked;
