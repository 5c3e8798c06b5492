package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.IDENTIFYING;
import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.PersonConsistent;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person the plan is written with: a refugee in <em>Anschlussunterbringung</em> (§§ 17, 18 FlüAG)
 * or a person displaced from Ukraine (§ 24 AufenthG), possibly a minor. Everything here is
 * personal data; {@link #toString()} prints none of it.
 *
 * <p>Changed from format 1.0: the target group ({@code targetGroup}) and the form of housing
 * ({@code housing}) are two facts; benefits are codes of the list {@code benefit}; the person's
 * municipality is recorded apart from the organisation that runs the integration management; a
 * disability may be recorded as special-category data.
 *
 * @param pseudonym a pseudonymous id of the person within the vendor's system, never a name
 * @param identifyingData names and date of birth, usually left out when plans are exchanged
 * @param birthYear the year of birth
 * @param minor whether the person is a minor (<em>minderjährig</em>) when the plan is agreed
 * @param sex the sex as in civil status
 * @param nationalities keys of the Destatis <em>Staatsangehörigkeitsschlüssel</em> (code list
 *     {@code nationality}, {@value Formats#NATIONALITY_LIST_URI}), such as {@code 475} (syrisch),
 *     {@code 997} (staatenlos) or {@code 998} (ungeklärt)
 * @param countryOfOrigin the country the person fled from, ISO 3166-1 alpha-2
 * @param languages languages the person speaks, first language first (<em>Herkunftssprachen</em>),
 *     as ISO 639-3 codes or BCP 47 tags
 * @param municipalityKey the AGS of the municipality the person lives in or is assigned to
 * @param targetGroup the target group of integration management (<em>Anschlussunterbringung</em>,
 *     § 24 AufenthG, <em>vorläufige Unterbringung</em>), a code of the list {@code target-group}
 * @param residence the residence status
 * @param benefits the benefits received, codes of the list {@code benefit}; {@code NONE} stands alone
 * @param household the household
 * @param housing where the person lives
 * @param disability a disability established under § 152 SGB IX; special-category data
 */
@PersonConsistent
public record Person(
    @PersonalData(IDENTIFYING) @NotBlank @Pattern(regexp = Formats.PSEUDONYM, message = "{plan.pseudonymFormat}") String pseudonym,
    @PersonalData(IDENTIFYING) @Nullable @Valid IdentifyingData identifyingData,
    @PersonalData(ORDINARY) @Nullable @Min(value = 1900, message = "{plan.person.birthYearRange}") @Max(value = 2100, message = "{plan.person.birthYearRange}") Integer birthYear,
    @PersonalData(ORDINARY) @Nullable Boolean minor,
    @PersonalData(ORDINARY) @Nullable Sex sex,
    @PersonalData(ORDINARY) @Coded("nationality") @Size(max = 5) List<@Pattern(regexp = Formats.NATIONALITY_KEY, message = "{plan.person.nationalityKeyFormat}") String> nationalities,
    @PersonalData(ORDINARY) @Nullable @CountryCode String countryOfOrigin,
    @PersonalData(ORDINARY) @Size(max = 10) List<@LanguageCode String> languages,
    @PersonalData(ORDINARY) @Nullable @Pattern(regexp = Formats.AGS, message = "{plan.organisation.agsFormat}") String municipalityKey,
    @PersonalData(ORDINARY) @Nullable @Coded("target-group") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String targetGroup,
    @PersonalData(ORDINARY) @Nullable @Valid ResidenceStatus residence,
    @PersonalData(ORDINARY) @Coded("benefit") @Size(max = 10) List<@Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String> benefits,
    @PersonalData(ORDINARY) @Nullable @Valid Household household,
    @PersonalData(ORDINARY) @Nullable @Valid Housing housing,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @Valid Disability disability) {

  /** The benefit code that stands for no benefit; it excludes every other code. */
  public static final String NO_BENEFIT = "NONE";

  /**
   * Canonical constructor; {@code pseudonym} is required, lists are copied.
   *
   * @param pseudonym a pseudonymous id of the person, never a name
   * @param identifyingData names and date of birth
   * @param birthYear the year of birth
   * @param minor whether the person is a minor when the plan is agreed
   * @param sex the sex as in civil status
   * @param nationalities keys of the Destatis <em>Staatsangehörigkeitsschlüssel</em> (code list
 *     {@code nationality}, {@value Formats#NATIONALITY_LIST_URI}), such as {@code 475} (syrisch),
 *     {@code 997} (staatenlos) or {@code 998} (ungeklärt)
   * @param countryOfOrigin the country the person fled from
   * @param languages languages the person speaks, first language first
   * @param municipalityKey the AGS of the municipality the person lives in
   * @param targetGroup the target group, a code of the list {@code target-group}
   * @param residence the residence status
   * @param benefits the benefits received, codes of the list {@code benefit}
   * @param household the household
   * @param housing where the person lives
   * @param disability a disability established under § 152 SGB IX
   */
  public Person {
    Checks.required(pseudonym, Person.class, "pseudonym");
    nationalities = Checks.list(nationalities, Person.class, "nationalities");
    languages = Checks.list(languages, Person.class, "languages");
    benefits = Checks.list(benefits, Person.class, "benefits");
  }

  /**
   * A builder for a person with the given pseudonym.
   *
   * @param pseudonym the pseudonymous id
   * @return a new builder
   */
  public static Builder builder(String pseudonym) {
    return new Builder(pseudonym);
  }

  @Override
  public String toString() {
    return "Person[redacted]";
  }

  /** Builds a {@link Person}; not thread-safe, fails fast naming a missing component. */
  public static final class Builder {
    private final String pseudonym;
    private @Nullable IdentifyingData identifyingData;
    private @Nullable Integer birthYear;
    private @Nullable Boolean minor;
    private @Nullable Sex sex;
    private final List<String> nationalities = new ArrayList<>();
    private @Nullable String countryOfOrigin;
    private final List<String> languages = new ArrayList<>();
    private @Nullable String municipalityKey;
    private @Nullable String targetGroup;
    private @Nullable ResidenceStatus residence;
    private final List<String> benefits = new ArrayList<>();
    private @Nullable Household household;
    private @Nullable Housing housing;
    private @Nullable Disability disability;

    private Builder(String pseudonym) {
      this.pseudonym = Checks.required(pseudonym, Person.class, "pseudonym");
    }

    /**
     * Sets names and date of birth.
     *
     * @param value the data, or {@code null}
     * @return this builder
     */
    public Builder identifyingData(@Nullable IdentifyingData value) {
      identifyingData = value;
      return this;
    }

    /**
     * Sets the year of birth.
     *
     * @param value the year, or {@code null}
     * @return this builder
     */
    public Builder birthYear(@Nullable Integer value) {
      birthYear = value;
      return this;
    }

    /**
     * Sets whether the person is a minor.
     *
     * @param value {@code true} for a minor, or {@code null}
     * @return this builder
     */
    public Builder minor(@Nullable Boolean value) {
      minor = value;
      return this;
    }

    /**
     * Sets the sex.
     *
     * @param value the sex, or {@code null}
     * @return this builder
     */
    public Builder sex(@Nullable Sex value) {
      sex = value;
      return this;
    }

    /**
     * Adds nationalities.
     *
     * @param codes keys of the Destatis <em>Staatsangehörigkeitsschlüssel</em>, such as {@code 475}
     * @return this builder
     */
    public Builder nationality(String... codes) {
      for (String code : codes) {
        nationalities.add(Checks.required(code, Person.class, "nationalities"));
      }
      return this;
    }

    /**
     * Sets the country of origin.
     *
     * @param value an ISO 3166-1 alpha-2 code, or {@code null}
     * @return this builder
     */
    public Builder countryOfOrigin(@Nullable String value) {
      countryOfOrigin = value;
      return this;
    }

    /**
     * Adds languages.
     *
     * @param codes ISO 639-3 codes or BCP 47 tags
     * @return this builder
     */
    public Builder language(String... codes) {
      for (String code : codes) {
        languages.add(Checks.required(code, Person.class, "languages"));
      }
      return this;
    }

    /**
     * Sets the person's municipality.
     *
     * @param value the AGS, or {@code null}
     * @return this builder
     */
    public Builder municipalityKey(@Nullable String value) {
      municipalityKey = value;
      return this;
    }

    /**
     * Sets the target group.
     *
     * @param value a code of the list {@code target-group}, or {@code null}
     * @return this builder
     */
    public Builder targetGroup(@Nullable String value) {
      targetGroup = value;
      return this;
    }

    /**
     * Sets the residence status.
     *
     * @param value the status, or {@code null}
     * @return this builder
     */
    public Builder residence(@Nullable ResidenceStatus value) {
      residence = value;
      return this;
    }

    /**
     * Adds benefits.
     *
     * @param codes codes of the list {@code benefit}
     * @return this builder
     */
    public Builder benefit(String... codes) {
      for (String code : codes) {
        benefits.add(Checks.required(code, Person.class, "benefits"));
      }
      return this;
    }

    /**
     * Sets the household.
     *
     * @param value the household, or {@code null}
     * @return this builder
     */
    public Builder household(@Nullable Household value) {
      household = value;
      return this;
    }

    /**
     * Sets the form of housing.
     *
     * @param value the housing, or {@code null}
     * @return this builder
     */
    public Builder housing(@Nullable Housing value) {
      housing = value;
      return this;
    }

    /**
     * Sets the disability (special-category data).
     *
     * @param value the disability, or {@code null}
     * @return this builder
     */
    public Builder disability(@Nullable Disability value) {
      disability = value;
      return this;
    }

    /**
     * Builds the person.
     *
     * @return the person
     */
    public Person build() {
      return new Person(pseudonym, identifyingData, birthYear, minor, sex, nationalities, countryOfOrigin,
          languages, municipalityKey, targetGroup, residence, benefits, household, housing, disability);
    }
  }
}
