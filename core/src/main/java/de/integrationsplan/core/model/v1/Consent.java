package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person's consent (<em>Einwilligung</em>) to the processing of their data for the integration
 * management (Art. 6 Abs. 1 lit. a, Art. 9 Abs. 2 lit. a GDPR).
 *
 * @param givenOn the day consent was given
 * @param scopes what the consent covers, at least one scope
 * @param withdrawnOn the day consent was withdrawn (<em>Widerruf</em>), if it was
 */
@DatesInOrder(first = "givenOn", second = "withdrawnOn", message = "{plan.consent.withdrawnBeforeGiven}")
public record Consent(
    @PersonalData(ORDINARY) LocalDate givenOn,
    @PersonalData(ORDINARY) @NotEmpty(message = "{plan.consent.noScope}") List<ConsentScope> scopes,
    @PersonalData(ORDINARY) @Nullable LocalDate withdrawnOn) {

  /**
   * Canonical constructor; {@code givenOn} is required.
   *
   * @param givenOn the day consent was given
   * @param scopes what the consent covers, at least one scope
   * @param withdrawnOn the day consent was withdrawn (<em>Widerruf</em>), if it was
   */
  public Consent {
    Checks.required(givenOn, Consent.class, "givenOn");
    scopes = Checks.list(scopes, Consent.class, "scopes");
  }

  /**
   * Whether the consent has been withdrawn.
   *
   * @return {@code true} when {@link #withdrawnOn()} is set
   */
  public boolean withdrawn() {
    return withdrawnOn != null;
  }

  @Override
  public String toString() {
    return "Consent[redacted]";
  }
}
