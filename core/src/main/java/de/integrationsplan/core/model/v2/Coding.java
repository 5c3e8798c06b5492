package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import de.integrationsplan.core.validation.constraints.ValidCoding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A code from a classification that changes between editions, with the edition it belongs to, as
 * FHIR's {@code Coding} and XÖV's {@code listURI}/{@code listVersionID} do: occupations by the
 * <em>Klassifikation der Berufe</em> (KldB 2010), ISCO-08 or ESCO, fields of education by ISCED-F 2013.
 *
 * <pre>{@code new Coding(Coding.KLDB_2010, "2020", "81302", "Gesundheits- und Krankenpflege")}</pre>
 *
 * @param system the classification's URI, for example {@link #KLDB_2010}
 * @param version the classification's edition, for example {@code 2020} for KldB 2010 in its 2020 revision
 * @param code the code within the classification
 * @param display the code's name, for people; receivers must not depend on it
 */
@ValidCoding
public record Coding(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.SYSTEM_URI, message = "{plan.coding.systemFormat}") @TextLength(max = 200) String system,
    @PersonalData(ORDINARY) @NotBlank @TextLength(max = 40) String version,
    @PersonalData(ORDINARY) @NotBlank @TextLength(max = 200) String code,
    @PersonalData(ORDINARY) @Nullable @TextLength(max = 300) String display) {

  /** <em>Klassifikation der Berufe 2010</em> of the Bundesagentur für Arbeit: five-digit codes. */
  public static final String KLDB_2010 = "https://statistik.arbeitsagentur.de/kldb2010";

  /** ISCO-08, the International Standard Classification of Occupations: up to four digits. */
  public static final String ISCO_08 = "http://www.ilo.org/public/english/bureau/stat/isco/isco08";

  /** ESCO occupations: the code is the concept URI. */
  public static final String ESCO = "http://data.europa.eu/esco";

  /** ISCED-F 2013, fields of education and training: two to four digits. */
  public static final String ISCED_F_2013 = "http://uis.unesco.org/isced-f-2013";

  /**
   * Canonical constructor; {@code system}, {@code version} and {@code code} are required.
   *
   * @param system the classification's URI, for example {@link #KLDB_2010}
   * @param version the classification's edition, for example {@code 2020} for KldB 2010 in its 2020 revision
   * @param code the code within the classification
   * @param display the code's name, for people; receivers must not depend on it
   */
  public Coding {
    Checks.required(system, Coding.class, "system");
    Checks.required(version, Coding.class, "version");
    Checks.required(code, Coding.class, "code");
  }

  @Override
  public String toString() {
    return "Coding[redacted]";
  }
}
