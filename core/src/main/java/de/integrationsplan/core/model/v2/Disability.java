package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.model.PersonalData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A disability as the pension office (<em>Versorgungsamt</em>) has established it (§ 152 SGB IX):
 * the degree (<em>Grad der Behinderung</em>, GdB) and the markers (<em>Merkzeichen</em>) on the
 * disability card. Health data, a special category of personal data (Art. 9 GDPR): recorded only
 * with the consent for special categories, and only where it matters for the goals (a job
 * protected for the severely disabled, § 2 Abs. 2 SGB IX, from a GdB of 50).
 *
 * @param degree the degree of disability, 20 to 100, set in tens
 * @param markers the markers, such as {@code G}, {@code aG}, {@code B}, {@code H}, {@code Bl}, {@code Gl}, {@code TBl}, {@code RF}
 * @param establishedOn the day of the decision (<em>Feststellungsbescheid</em>)
 */
public record Disability(
    @PersonalData(SPECIAL_CATEGORY) @Nullable @Min(value = 20, message = "{plan.disability.degreeRange}") @Max(value = 100, message = "{plan.disability.degreeRange}") Integer degree,
    @PersonalData(SPECIAL_CATEGORY) @Size(max = 10) List<@Pattern(regexp = "^[A-Za-z1.]{1,5}$") String> markers,
    @PersonalData(SPECIAL_CATEGORY) @Nullable LocalDate establishedOn) {

  /**
   * Canonical constructor; copies the markers.
   *
   * @param degree the degree of disability, 20 to 100, set in tens
   * @param markers the markers on the disability card
   * @param establishedOn the day of the decision
   */
  public Disability {
    markers = de.integrationsplan.core.internal.Checks.list(markers, Disability.class, "markers");
  }

  @Override
  public String toString() {
    return "Disability[redacted]";
  }
}
