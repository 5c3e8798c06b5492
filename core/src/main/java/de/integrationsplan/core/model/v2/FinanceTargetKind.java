package de.integrationsplan.core.model.v2;

/** What a goal of the area finances (<em>Existenzsicherung</em>) aims at. */
public enum FinanceTargetKind {
  /** A livelihood without benefits, from the household's own income. */
  INDEPENDENT_OF_BENEFITS,

  /** A benefit claimed that the household is entitled to (named by {@link FinanceTarget#benefit()}). */
  BENEFIT_CLAIMED,

  /** Debts regulated, for example with debt counselling (<em>Schuldnerberatung</em>). */
  DEBTS_REGULATED,

  /** A bank account opened (<em>Basiskonto</em>). */
  BANK_ACCOUNT,

  /** A household budget the person manages alone. */
  BUDGET_MANAGED,

  /** Another financial outcome. */
  OTHER
}
