package de.integrationsplan.report.internal;

/**
 * A cell's true count and the sum of its records' keys (a 32-bit fraction of 1, wrapping), by its
 * id; ids sort as the cells are written.
 *
 * @param id the cell's id ({@link CellIds})
 * @param count the true count
 * @param keySum the cell key
 */
public record CellTotal(String id, long count, int keySum) {}
