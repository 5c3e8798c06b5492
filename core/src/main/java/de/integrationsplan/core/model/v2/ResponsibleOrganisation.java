package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.OrganisationIdentified;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The organisation that runs the integration management for the person: a municipality
 * (<em>Gemeinde</em>, <em>Stadt</em>), a district (<em>Landkreis</em>) acting for its municipalities,
 * or a provider (<em>Träger</em>, such as a welfare association) commissioned by one of them. The
 * municipality the person lives in is {@link Person#municipalityKey()}, a fact of its own: in
 * format 1.0 one key said both.
 *
 * @param kind the kind of organisation
 * @param municipalityKey the <em>Amtlicher Gemeindeschlüssel</em> (AGS, eight digits) of a
 *     municipality, or of the municipality that commissioned a provider; {@code 08221000} for Heidelberg
 * @param districtKey the <em>Kreisschlüssel</em> (five digits) of a district, or of the district that
 *     commissioned a provider; {@code 08125} for the Landkreis Heilbronn
 * @param name the organisation's name; required for a provider, such as {@code Caritasverband Heilbronn-Hohenlohe}
 */
@OrganisationIdentified
public record ResponsibleOrganisation(
    @PersonalData(ORDINARY) OrganisationKind kind,
    @PersonalData(ORDINARY) @Nullable @Pattern(regexp = Formats.AGS, message = "{plan.organisation.agsFormat}") String municipalityKey,
    @PersonalData(ORDINARY) @Nullable @Pattern(regexp = Formats.DISTRICT_KEY, message = "{plan.organisation.districtKeyFormat}") String districtKey,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String name) {

  /**
   * Canonical constructor; {@code kind} is required.
   *
   * @param kind the kind of organisation
   * @param municipalityKey the AGS of a municipality
   * @param districtKey the <em>Kreisschlüssel</em> of a district
   * @param name the organisation's name; required for a provider
   */
  public ResponsibleOrganisation {
    Checks.required(kind, ResponsibleOrganisation.class, "kind");
  }

  /**
   * A municipality known by its AGS.
   *
   * @param municipalityKey the AGS
   * @return the organisation
   */
  public static ResponsibleOrganisation municipality(String municipalityKey) {
    return new ResponsibleOrganisation(OrganisationKind.MUNICIPALITY, municipalityKey, null, null);
  }

  /**
   * A district known by its <em>Kreisschlüssel</em>.
   *
   * @param districtKey the five-digit key
   * @return the organisation
   */
  public static ResponsibleOrganisation district(String districtKey) {
    return new ResponsibleOrganisation(OrganisationKind.DISTRICT, null, districtKey, null);
  }

  @Override
  public String toString() {
    return "ResponsibleOrganisation[redacted]";
  }
}
