package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Schooling (<em>Schulbildung</em>) the person had, in Germany or abroad.
 *
 * @param country where, ISO 3166-1 alpha-2
 * @param years years of school attended
 * @param certificate the certificate's original name, for example {@code Tawjihi}
 * @param iscedLevel the ISCED 2011 level reached, 0 to 8
 * @param germanEquivalent the German certificate it corresponds to, where assessed
 */
public record Schooling(
    @PersonalData(ORDINARY) @Nullable @CountryCode String country,
    @PersonalData(ORDINARY) @Nullable @Min(value = 0, message = "{plan.schooling.yearsRange}") @Max(value = 20, message = "{plan.schooling.yearsRange}") Integer years,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String certificate,
    @PersonalData(ORDINARY) @Nullable @Min(value = 0, message = "{plan.schooling.iscedRange}") @Max(value = 8, message = "{plan.schooling.iscedRange}") Integer iscedLevel,
    @PersonalData(ORDINARY) @Nullable SchoolCertificateEquivalent germanEquivalent) {

  @Override
  public String toString() {
    return "Schooling[redacted]";
  }
}
