package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.CodingSystem;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.EscoOccupation;
import de.integrationsplan.core.validation.constraints.PresentCount;
import de.integrationsplan.core.validation.constraints.Severities;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Work experience (<em>Berufserfahrung</em>), in Germany or abroad; months rather than days, as
 * people remember them.
 *
 * @param occupation the occupation, by KldB 2010, ISCO-08 or ESCO
 * @param description what the work was, where no code fits
 * @param country where, ISO 3166-1 alpha-2
 * @param from the first month, {@code YYYY-MM}
 * @param to the last month, {@code YYYY-MM}; absent while it continues
 */
@PresentCount(components = {"occupation", "description"}, message = "{plan.workExperience.empty}")
@DatesInOrder(first = "from", second = "to", message = "{plan.workExperience.endBeforeStart}")
public record WorkExperience(
    @PersonalData(ORDINARY) @Nullable @Valid @CodingSystem({Coding.KLDB_2010, Coding.ISCO_08, Coding.ESCO}) @EscoOccupation(payload = Severities.Warning.class) Coding occupation,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 500) String description,
    @PersonalData(ORDINARY) @Nullable @CountryCode String country,
    @PersonalData(ORDINARY) @Nullable YearMonth from,
    @PersonalData(ORDINARY) @Nullable YearMonth to) {

  @Override
  public String toString() {
    return "WorkExperience[redacted]";
  }
}
