package de.integrationsplan.core.model.v2;

/**
 * Level of the Common European Framework of Reference for Languages (<em>GER</em>), in ascending order.
 */
public enum CefrLevel {
  /** Below A1. */
  PRE_A1,

  /** A1. */
  A1,

  /** A2. */
  A2,

  /** B1. */
  B1,

  /** B2. */
  B2,

  /** C1. */
  C1,

  /** C2. */
  C2
}
