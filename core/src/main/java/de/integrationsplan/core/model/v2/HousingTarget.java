package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The target of a housing goal, for example moving from the <em>Anschlussunterbringung</em> into an
 * own tenancy, with the requirements the flat must meet.
 *
 * @param kind the housing outcome sought
 * @param barrierFree whether the flat must be barrier-free (<em>barrierefrei</em>)
 * @param entitlementCertificate whether the household holds or needs a <em>Wohnberechtigungsschein</em>
 *     for subsidised housing (Landeswohnraumförderungsgesetz, LWoFG)
 */
public record HousingTarget(
    @PersonalData(ORDINARY) HousingTargetKind kind,
    @PersonalData(ORDINARY) @Nullable Boolean barrierFree,
    @PersonalData(ORDINARY) @Nullable Boolean entitlementCertificate) {

  /**
   * Canonical constructor; {@code kind} is required.
   *
   * @param kind the housing outcome sought
   * @param barrierFree whether the flat must be barrier-free (<em>barrierefrei</em>)
   * @param entitlementCertificate whether the household holds or needs a <em>Wohnberechtigungsschein</em>
   *     for subsidised housing (Landeswohnraumförderungsgesetz, LWoFG)
   */
  public HousingTarget {
    Checks.required(kind, HousingTarget.class, "kind");
  }

  @Override
  public String toString() {
    return "HousingTarget[redacted]";
  }
}
