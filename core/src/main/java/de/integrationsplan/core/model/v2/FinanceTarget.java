package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The target of a goal of the area finances (<em>Existenzsicherung</em>): a livelihood without
 * benefits, a benefit claimed (Wohngeld, Kinderzuschlag), debts regulated.
 *
 * @param kind what the goal aims at
 * @param benefit the benefit to claim, a code of the list {@code benefit}
 */
public record FinanceTarget(
    @PersonalData(ORDINARY) FinanceTargetKind kind,
    @PersonalData(ORDINARY) @Nullable @Coded("benefit") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String benefit) {

  /**
   * Canonical constructor; {@code kind} is required.
   *
   * @param kind what the goal aims at
   * @param benefit the benefit to claim, a code of the list {@code benefit}
   */
  public FinanceTarget {
    Checks.required(kind, FinanceTarget.class, "kind");
  }

  @Override
  public String toString() {
    return "FinanceTarget[redacted]";
  }
}
