package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The statement of comparability (<em>Zeugnisbewertung</em>) of a foreign higher-education
 * qualification by the Zentralstelle für ausländisches Bildungswesen (ZAB). It is not a
 * recognition: it says whether and with which German qualification the foreign one is
 * comparable, never that a compensation measure is required. Format 1.0 could record it only
 * as an equivalence outcome.
 *
 * @param issuedOn the day the statement was issued
 * @param result the result, a code of the list {@code statement-result} (the level of the German
 *     qualification it is comparable to), valid at {@code issuedOn}
 * @param germanEquivalent the German qualification it is comparable with, in words, such as {@code Bachelor of Science}
 * @param eqfLevel the level of the German qualification in the EQF/DQR, 1 to 8
 */
public record ComparabilityStatement(
    @PersonalData(ORDINARY) @Nullable LocalDate issuedOn,
    @PersonalData(ORDINARY) @Nullable @Coded(value = "statement-result", validAt = "issuedOn") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String result,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String germanEquivalent,
    @PersonalData(ORDINARY) @Nullable @Min(value = 1, message = "{plan.qualification.levelRange}") @Max(value = 8, message = "{plan.qualification.levelRange}") Integer eqfLevel) {

  @Override
  public String toString() {
    return "ComparabilityStatement[redacted]";
  }
}
