package de.integrationsplan.core.validation;

/** How serious a finding is. Only {@link #ERROR} makes a plan invalid. */
public enum Severity {
  /** The plan breaks the format or a rule and must not be exchanged as it is. */
  ERROR,
  /** The plan is valid, but something deserves a look, for example a goal without a measure. */
  WARNING,
  /** Information only. */
  INFO
}
