package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the person lives (<em>Wohnform</em>): the form of housing only. Whether the person is in
 * <em>Anschlussunterbringung</em> is their target group ({@link Person#targetGroup()}), a fact of
 * its own (format 1.0's accommodation type mixed the two).
 *
 * @param form the form of housing
 * @param since the day the person moved in
 */
public record Housing(
    @PersonalData(ORDINARY) HousingForm form,
    @PersonalData(ORDINARY) @Nullable LocalDate since) {

  /**
   * Canonical constructor; {@code form} is required.
   *
   * @param form the form of housing
   * @param since the day the person moved in
   */
  public Housing {
    Checks.required(form, Housing.class, "form");
  }

  @Override
  public String toString() {
    return "Housing[redacted]";
  }
}
