package de.integrationsplan.core.model.v1;

import static de.integrationsplan.core.model.PersonalData.Category.IDENTIFYING;
import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.PersonConsistent;
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
 * The person the plan is written with: a refugee in <em>Anschlussunterbringung</em> (§§17, 18 FlüAG)
 * or a person displaced from Ukraine (§24 AufenthG). Everything here is personal data;
 * {@link #toString()} prints none of it.
 *
 * @param pseudonym a pseudonymous id of the person within the vendor's system, never a name
 * @param identifyingData names and date of birth, usually left out when plans are exchanged
 * @param birthYear the year of birth
 * @param sex the sex as in civil status
 * @param nationalities ISO 3166-1 alpha-2 codes, or {@code STATELESS} or {@code UNKNOWN}
 * @param countryOfOrigin the country the person fled from, ISO 3166-1 alpha-2
 * @param languages languages the person speaks, first language first (<em>Herkunftssprachen</em>),
 *     as ISO 639-3 codes or BCP 47 tags
 * @param residence the residence status
 * @param benefits the benefits received; {@link BenefitType#NONE} stands alone
 * @param household the household
 * @param accommodation where the person lives
 */
@PersonConsistent
public record Person(
    @PersonalData(IDENTIFYING) @NotBlank @Pattern(regexp = Formats.PSEUDONYM, message = "{plan.pseudonymFormat}") String pseudonym,
    @PersonalData(IDENTIFYING) @Nullable @Valid IdentifyingData identifyingData,
    @PersonalData(ORDINARY) @Nullable @Min(value = 1900, message = "{plan.person.birthYearRange}") @Max(value = 2100, message = "{plan.person.birthYearRange}") Integer birthYear,
    @PersonalData(ORDINARY) @Nullable Sex sex,
    @PersonalData(ORDINARY) @Size(max = 5) List<@CountryCode(nationality = true) String> nationalities,
    @PersonalData(ORDINARY) @Nullable @CountryCode String countryOfOrigin,
    @PersonalData(ORDINARY) @Size(max = 10) List<@LanguageCode String> languages,
    @PersonalData(ORDINARY) @Nullable @Valid ResidenceStatus residence,
    @PersonalData(ORDINARY) @Size(max = 5) List<BenefitType> benefits,
    @PersonalData(ORDINARY) @Nullable @Valid Household household,
    @PersonalData(ORDINARY) @Nullable @Valid Accommodation accommodation) {

  /**
   * Canonical constructor; {@code pseudonym} is required, lists are copied.
   *
   * @param pseudonym a pseudonymous id of the person within the vendor's system, never a name
   * @param identifyingData names and date of birth, usually left out when plans are exchanged
   * @param birthYear the year of birth
   * @param sex the sex as in civil status
   * @param nationalities ISO 3166-1 alpha-2 codes, or {@code STATELESS} or {@code UNKNOWN}
   * @param countryOfOrigin the country the person fled from, ISO 3166-1 alpha-2
   * @param languages languages the person speaks, first language first (<em>Herkunftssprachen</em>),
   *         as ISO 639-3 codes or BCP 47 tags
   * @param residence the residence status
   * @param benefits the benefits received; {@link BenefitType#NONE} stands alone
   * @param household the household
   * @param accommodation where the person lives
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
    return new Builder().pseudonym(pseudonym);
  }

  /**
   * A builder holding this person's data, to change some of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pseudonym = pseudonym;
    b.identifyingData = identifyingData;
    b.birthYear = birthYear;
    b.sex = sex;
    b.nationalities.addAll(nationalities);
    b.countryOfOrigin = countryOfOrigin;
    b.languages.addAll(languages);
    b.residence = residence;
    b.benefits.addAll(benefits);
    b.household = household;
    b.accommodation = accommodation;
    return b;
  }

  @Override
  public String toString() {
    return "Person[redacted]";
  }

  /** Builds a {@link Person}; not thread-safe. */
  public static final class Builder {
    private @Nullable String pseudonym;
    private @Nullable IdentifyingData identifyingData;
    private @Nullable Integer birthYear;
    private @Nullable Sex sex;
    private final List<String> nationalities = new ArrayList<>();
    private @Nullable String countryOfOrigin;
    private final List<String> languages = new ArrayList<>();
    private @Nullable ResidenceStatus residence;
    private final List<BenefitType> benefits = new ArrayList<>();
    private @Nullable Household household;
    private @Nullable Accommodation accommodation;

    private Builder() {}

    /**
     * Sets the pseudonym.
     *
     * @param pseudonym the pseudonymous id
     * @return this builder
     */
    public Builder pseudonym(String pseudonym) {
      this.pseudonym = Checks.required(pseudonym, Person.class, "pseudonym");
      return this;
    }

    /**
     * Sets the identifying data.
     *
     * @param identifyingData names and date of birth, or {@code null}
     * @return this builder
     */
    public Builder identifyingData(@Nullable IdentifyingData identifyingData) {
      this.identifyingData = identifyingData;
      return this;
    }

    /**
     * Sets the year of birth.
     *
     * @param birthYear the year, or {@code null}
     * @return this builder
     */
    public Builder birthYear(@Nullable Integer birthYear) {
      this.birthYear = birthYear;
      return this;
    }

    /**
     * Sets the sex.
     *
     * @param sex the sex, or {@code null}
     * @return this builder
     */
    public Builder sex(@Nullable Sex sex) {
      this.sex = sex;
      return this;
    }

    /**
     * Adds nationalities.
     *
     * @param codes ISO 3166-1 alpha-2 codes, {@code STATELESS} or {@code UNKNOWN}
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
     * @param countryOfOrigin an ISO 3166-1 alpha-2 code, or {@code null}
     * @return this builder
     */
    public Builder countryOfOrigin(@Nullable String countryOfOrigin) {
      this.countryOfOrigin = countryOfOrigin;
      return this;
    }

    /**
     * Adds languages the person speaks.
     *
     * @param codes ISO 639-3 codes or BCP 47 tags, first language first
     * @return this builder
     */
    public Builder language(String... codes) {
      for (String code : codes) {
        languages.add(Checks.required(code, Person.class, "languages"));
      }
      return this;
    }

    /**
     * Sets the residence status.
     *
     * @param residence the status, or {@code null}
     * @return this builder
     */
    public Builder residence(@Nullable ResidenceStatus residence) {
      this.residence = residence;
      return this;
    }

    /**
     * Adds benefits.
     *
     * @param types the benefits received
     * @return this builder
     */
    public Builder benefit(BenefitType... types) {
      for (BenefitType type : types) {
        benefits.add(Checks.required(type, Person.class, "benefits"));
      }
      return this;
    }

    /**
     * Sets the household.
     *
     * @param household the household, or {@code null}
     * @return this builder
     */
    public Builder household(@Nullable Household household) {
      this.household = household;
      return this;
    }

    /**
     * Sets the accommodation.
     *
     * @param accommodation the accommodation, or {@code null}
     * @return this builder
     */
    public Builder accommodation(@Nullable Accommodation accommodation) {
      this.accommodation = accommodation;
      return this;
    }

    /**
     * Builds the person.
     *
     * @return the person
     * @throws NullPointerException naming the component when a required one is missing
     */
    public Person build() {
      return new Person(pseudonym, identifyingData, birthYear, sex, nationalities, countryOfOrigin,
          languages, residence, benefits, household, accommodation);
    }
  }
}
