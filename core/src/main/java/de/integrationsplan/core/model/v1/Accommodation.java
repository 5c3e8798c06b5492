package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the person lives (<em>Unterbringung</em>).
 *
 * @param type the type of accommodation
 * @param since the day the person moved in
 */
public record Accommodation(@PersonalData(ORDINARY) AccommodationType type, @PersonalData(ORDINARY) @Nullable LocalDate since) {

  /**
   * Canonical constructor; {@code type} is required.
   *
   * @param type the type of accommodation
   * @param since the day the person moved in
   */
  public Accommodation {
    Checks.required(type, Accommodation.class, "type");
  }

  @Override
  public String toString() {
    return "Accommodation[redacted]";
  }
}
