package de.integrationsplan.core.model.v2;

/**
 * Kind of employment sought by a work goal.
 */
public enum EmploymentKind {
  /** Employment subject to social insurance (<em>sozialversicherungspflichtige Beschäftigung</em>), full or part time. */
  EMPLOYMENT,

  /** Marginal employment (<em>Minijob</em>). */
  MINI_JOB,

  /** Self-employment (<em>Selbstständigkeit</em>). */
  SELF_EMPLOYMENT,

  /** Internship or work trial (<em>Praktikum</em>, <em>Probebeschäftigung</em>). */
  INTERNSHIP,

  /** Dual or school-based vocational training (<em>Ausbildung</em>). */
  VOCATIONAL_TRAINING
}
