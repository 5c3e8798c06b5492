package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.CodingSystem;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.EscoOccupation;
import de.integrationsplan.core.validation.constraints.Severities;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A vocational or academic qualification (<em>Berufs- oder Hochschulabschluss</em>) acquired abroad
 * or in Germany, with its recognition.
 *
 * @param id the qualification's id within the plan, referred to by recognition goals
 * @param originalTitle the title in the original language or a literal translation
 * @param country where it was acquired, ISO 3166-1 alpha-2
 * @param field the field of education, ISCED-F 2013
 * @param eqfLevel the level by the EQF and the German DQR, 1 to 8
 * @param iscedLevel the level by ISCED 2011, 0 to 8, as international statistics count it
 * @param occupation the occupation, by KldB 2010, ISCO-08 or ESCO
 * @param regulatedProfession whether the German reference occupation is regulated
 *     (<em>reglementierter Beruf</em>), so that practising it needs recognition
 * @param documentsAvailable whether certificates and documents are available
 * @param institutionRating the <em>anabin</em> rating of the institution that awarded it
 * @param recognition the recognition, if one has been considered
 */
public record Qualification(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String id,
    @PersonalData(ORDINARY) @NotBlank @TextLength(max = 300) String originalTitle,
    @PersonalData(ORDINARY) @Nullable @CountryCode String country,
    @PersonalData(ORDINARY) @Nullable @Valid @CodingSystem(Coding.ISCED_F_2013) Coding field,
    @PersonalData(ORDINARY) @Nullable @Min(value = 1, message = "{plan.qualification.levelRange}") @Max(value = 8, message = "{plan.qualification.levelRange}") Integer eqfLevel,
    @PersonalData(ORDINARY) @Nullable @Min(value = 0, message = "{plan.schooling.iscedRange}") @Max(value = 8, message = "{plan.schooling.iscedRange}") Integer iscedLevel,
    @PersonalData(ORDINARY) @Nullable @Valid @CodingSystem({Coding.KLDB_2010, Coding.ISCO_08, Coding.ESCO}) @EscoOccupation(payload = Severities.Warning.class) Coding occupation,
    @PersonalData(ORDINARY) @Nullable Boolean regulatedProfession,
    @PersonalData(ORDINARY) @Nullable Boolean documentsAvailable,
    @PersonalData(ORDINARY) @Nullable AnabinRating institutionRating,
    @PersonalData(ORDINARY) @Nullable @Valid Recognition recognition) {

  /**
   * Canonical constructor; {@code id} and {@code originalTitle} are required.
   *
   * @param id the qualification's id within the plan, referred to by recognition goals
   * @param originalTitle the title in the original language or a literal translation
   * @param country where it was acquired, ISO 3166-1 alpha-2
   * @param field the field of education, ISCED-F 2013
   * @param eqfLevel the level by the EQF and the German DQR, 1 to 8
   * @param iscedLevel the level by ISCED 2011, 0 to 8
   * @param occupation the occupation, by KldB 2010, ISCO-08 or ESCO
   * @param regulatedProfession whether the German reference occupation is regulated
   *         (<em>reglementierter Beruf</em>), so that practising it needs recognition
   * @param documentsAvailable whether certificates and documents are available
   * @param institutionRating the <em>anabin</em> rating of the institution that awarded it
   * @param recognition the recognition, if one has been considered
   */
  public Qualification {
    Checks.required(id, Qualification.class, "id");
    Checks.required(originalTitle, Qualification.class, "originalTitle");
  }

  /**
   * A builder for a qualification.
   *
   * @param id the id within the plan
   * @param originalTitle the original title
   * @return a new builder
   */
  public static Builder builder(String id, String originalTitle) {
    return new Builder(id, originalTitle);
  }

  @Override
  public String toString() {
    return "Qualification[id=" + id + "]";
  }

  /** Builds a {@link Qualification}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String originalTitle;
    private @Nullable String country;
    private @Nullable Coding field;
    private @Nullable Integer eqfLevel;
    private @Nullable Integer iscedLevel;
    private @Nullable Coding occupation;
    private @Nullable Boolean regulatedProfession;
    private @Nullable Boolean documentsAvailable;
    private @Nullable AnabinRating institutionRating;
    private @Nullable Recognition recognition;

    private Builder(String id, String originalTitle) {
      this.id = Checks.required(id, Qualification.class, "id");
      this.originalTitle = Checks.required(originalTitle, Qualification.class, "originalTitle");
    }

    /**
     * Sets the country.
     *
     * @param country ISO 3166-1 alpha-2, or {@code null}
     * @return this builder
     */
    public Builder country(@Nullable String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets the field of education.
     *
     * @param field an ISCED-F 2013 coding, or {@code null}
     * @return this builder
     */
    public Builder field(@Nullable Coding field) {
      this.field = field;
      return this;
    }

    /**
     * Sets the EQF/DQR level.
     *
     * @param level 1 to 8, or {@code null}
     * @return this builder
     */
    public Builder eqfLevel(@Nullable Integer level) {
      this.eqfLevel = level;
      return this;
    }

    /**
     * Sets the ISCED 2011 level.
     *
     * @param level 0 to 8, or {@code null}
     * @return this builder
     */
    public Builder iscedLevel(@Nullable Integer level) {
      this.iscedLevel = level;
      return this;
    }

    /**
     * Sets the <em>anabin</em> rating of the institution.
     *
     * @param rating the rating, or {@code null}
     * @return this builder
     */
    public Builder institutionRating(@Nullable AnabinRating rating) {
      this.institutionRating = rating;
      return this;
    }

    /**
     * Sets the occupation.
     *
     * @param occupation a KldB 2010, ISCO-08 or ESCO coding, or {@code null}
     * @return this builder
     */
    public Builder occupation(@Nullable Coding occupation) {
      this.occupation = occupation;
      return this;
    }

    /**
     * Sets whether the profession is regulated in Germany.
     *
     * @param regulatedProfession {@code true} for a regulated profession, or {@code null}
     * @return this builder
     */
    public Builder regulatedProfession(@Nullable Boolean regulatedProfession) {
      this.regulatedProfession = regulatedProfession;
      return this;
    }

    /**
     * Sets whether documents are available.
     *
     * @param documentsAvailable {@code true} when certificates are at hand, or {@code null}
     * @return this builder
     */
    public Builder documentsAvailable(@Nullable Boolean documentsAvailable) {
      this.documentsAvailable = documentsAvailable;
      return this;
    }

    /**
     * Sets the recognition.
     *
     * @param recognition the recognition, or {@code null}
     * @return this builder
     */
    public Builder recognition(@Nullable Recognition recognition) {
      this.recognition = recognition;
      return this;
    }

    /**
     * Builds the qualification.
     *
     * @return the qualification
     */
    public Qualification build() {
      return new Qualification(id, originalTitle, country, field, eqfLevel, iscedLevel, occupation,
          regulatedProfession, documentsAvailable, institutionRating, recognition);
    }
  }
}
