package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A counselling contact (<em>Beratungskontakt</em>) with the person or their household: what the
 * Land counts beside the plans (the number of contacts and their most frequent topics). No note:
 * what was said belongs in the goals, developments and reviews.
 *
 * @param date the day of the contact
 * @param mode how it took place
 * @param durationMinutes how long it lasted, in minutes
 * @param topics the topics, by goal area (<em>Handlungsfeld</em>)
 * @param interpreterUsed whether an interpreter or language mediator (<em>Sprachmittler</em>) took part
 * @param interpreterLanguage the language interpreted into, an ISO 639 code or BCP 47 tag
 */
public record CounsellingContact(
    @PersonalData(ORDINARY) LocalDate date,
    @PersonalData(ORDINARY) ContactMode mode,
    @PersonalData(ORDINARY) @Nullable @Min(value = 1, message = "{plan.contact.durationRange}") @Max(value = 600, message = "{plan.contact.durationRange}") Integer durationMinutes,
    @PersonalData(ORDINARY) @Size(max = 20) List<GoalArea> topics,
    @PersonalData(ORDINARY) @Nullable Boolean interpreterUsed,
    @PersonalData(ORDINARY) @Nullable @LanguageCode String interpreterLanguage) {

  /**
   * Canonical constructor; {@code date} and {@code mode} are required.
   *
   * @param date the day of the contact
   * @param mode how it took place
   * @param durationMinutes how long it lasted, in minutes
   * @param topics the topics, by goal area (<em>Handlungsfeld</em>)
   * @param interpreterUsed whether an interpreter or language mediator (<em>Sprachmittler</em>) took part
   * @param interpreterLanguage the language interpreted into, an ISO 639 code or BCP 47 tag
   */
  public CounsellingContact {
    Checks.required(date, CounsellingContact.class, "date");
    Checks.required(mode, CounsellingContact.class, "mode");
    topics = Checks.list(topics, CounsellingContact.class, "topics");
  }

  @Override
  public String toString() {
    return "CounsellingContact[redacted]";
  }
}
