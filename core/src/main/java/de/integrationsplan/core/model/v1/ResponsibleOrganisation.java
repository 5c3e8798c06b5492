package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The municipality (<em>Gemeinde</em>, <em>Stadt</em>, or the <em>Landkreis</em> acting for it)
 * responsible for the integration management.
 *
 * @param municipalityKey the <em>Amtlicher Gemeindeschlüssel</em> (AGS), eight digits, for example
 *     {@code 08221000} for Heidelberg
 * @param name the organisation's name, for example {@code Stadt Heidelberg, Amt für Chancengleichheit}
 */
public record ResponsibleOrganisation(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.AGS, message = "{plan.organisation.agsFormat}") String municipalityKey,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String name) {

  /**
   * Canonical constructor; {@code municipalityKey} is required.
   *
   * @param municipalityKey the <em>Amtlicher Gemeindeschlüssel</em> (AGS), eight digits, for example
   *         {@code 08221000} for Heidelberg
   * @param name the organisation's name, for example {@code Stadt Heidelberg, Amt für Chancengleichheit}
   */
  public ResponsibleOrganisation {
    Checks.required(municipalityKey, ResponsibleOrganisation.class, "municipalityKey");
  }

  /**
   * An organisation known only by its AGS.
   *
   * @param municipalityKey the AGS
   * @return the organisation
   */
  public static ResponsibleOrganisation of(String municipalityKey) {
    return new ResponsibleOrganisation(municipalityKey, null);
  }

  @Override
  public String toString() {
    return "ResponsibleOrganisation[redacted]";
  }
}
