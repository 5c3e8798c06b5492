package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * A dated note on an individual development (<em>individuelle Entwicklung</em>) in one area, for
 * example a new job, a birth or a move.
 *
 * @param date the day
 * @param area the area it concerns
 * @param note what happened; free text, treated as personal data
 */
public record Development(
    @PersonalData(ORDINARY) LocalDate date,
    @PersonalData(ORDINARY) GoalArea area,
    @PersonalData(SPECIAL_CATEGORY) @NotBlank @TextLength(max = 2000) String note) {

  /**
   * Canonical constructor; all components are required.
   *
   * @param date the day
   * @param area the area it concerns
   * @param note what happened; free text, treated as personal data
   */
  public Development {
    Checks.required(date, Development.class, "date");
    Checks.required(area, Development.class, "area");
    Checks.required(note, Development.class, "note");
  }

  @Override
  public String toString() {
    return "Development[redacted]";
  }
}
