package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
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
 * @param givenWithParents whether the consent of a minor was given together with the parents or
 *     other persons with custody, who represent the child jointly (§ 1629 Abs. 1 BGB)
 */
@DatesInOrder(first = "givenOn", second = "withdrawnOn", message = "{plan.consent.withdrawnBeforeGiven}")
public record Consent(
    @PersonalData(ORDINARY) LocalDate givenOn,
    @PersonalData(ORDINARY) @NotEmpty(message = "{plan.consent.noScope}") List<ConsentScope> scopes,
    @PersonalData(ORDINARY) @Nullable LocalDate withdrawnOn,
    @PersonalData(ORDINARY) @Nullable Boolean givenWithParents) {

  /**
   * Canonical constructor; {@code givenOn} is required.
   *
   * @param givenOn the day consent was given
   * @param scopes what the consent covers, at least one scope
   * @param withdrawnOn the day consent was withdrawn (<em>Widerruf</em>), if it was
   * @param givenWithParents whether the consent of a minor was given together with the parents (§ 1629 Abs. 1 BGB)
   */
  public Consent {
    Checks.required(givenOn, Consent.class, "givenOn");
    scopes = Checks.list(scopes, Consent.class, "scopes");
  }

  /**
   * A consent given on a day for the scopes, not withdrawn.
   *
   * @param givenOn the day consent was given
   * @param scopes what the consent covers
   * @return the consent
   */
  public static Consent of(LocalDate givenOn, ConsentScope... scopes) {
    return new Consent(givenOn, List.of(scopes), null, null);
  }

  /**
   * Whether the consent covers a scope.
   *
   * @param scope the scope
   * @return {@code true} when {@link #scopes()} holds it
   */
  public boolean covers(ConsentScope scope) {
    return scopes.contains(scope);
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
