package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.IDENTIFYING;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.PresentCount;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Data that identify the person directly (<em>identifizierende Daten</em>). Optional: a plan
 * exchanged between vendors or with the Land usually leaves it out and names the person only by a
 * pseudonym. Never printed by {@link #toString()}.
 *
 * @param givenNames the given names (<em>Vornamen</em>)
 * @param familyName the family name (<em>Familienname</em>)
 * @param birthDate the date of birth
 */
@PresentCount(components = {"givenNames", "familyName", "birthDate"}, message = "{plan.person.identifyingDataEmpty}")
public record IdentifyingData(
    @PersonalData(IDENTIFYING) @Nullable @TextLength(min = 1, max = 200) String givenNames,
    @PersonalData(IDENTIFYING) @Nullable @TextLength(min = 1, max = 200) String familyName,
    @PersonalData(IDENTIFYING) @Nullable @Past(message = "{plan.person.birthDateInFuture}") LocalDate birthDate) {

  @Override
  public String toString() {
    return "IdentifyingData[redacted]";
  }
}
