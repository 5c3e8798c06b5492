package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stock-taking of the integration plan (<em>Kompetenzfeststellung</em>): qualifications and
 * competences, schooling, vocational qualifications and individual developments.
 *
 * @param schooling schooling, most recent last
 * @param schoolTrack the school track a young person is in now (<em>VABO</em>, <em>VKL</em>,
 *     <em>AVdual</em>), a code of the list {@code school-track}
 * @param literacy literacy
 * @param qualifications vocational and academic qualifications with their recognition
 * @param workExperience work experience
 * @param languageSkills language skills; several entries for one language are read by date
 * @param courses language and orientation courses
 * @param developments dated notes on individual developments
 */
public record CompetenceProfile(
    @PersonalData(ORDINARY) @Size(max = 20) List<@Valid Schooling> schooling,
    @PersonalData(ORDINARY) @Nullable @Coded("school-track") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String schoolTrack,
    @PersonalData(ORDINARY) @Nullable Literacy literacy,
    @PersonalData(ORDINARY) @Size(max = 50) List<@Valid Qualification> qualifications,
    @PersonalData(ORDINARY) @Size(max = 50) List<@Valid WorkExperience> workExperience,
    @PersonalData(ORDINARY) @Size(max = 50) List<@Valid LanguageSkill> languageSkills,
    @PersonalData(ORDINARY) @Size(max = 50) List<@Valid Course> courses,
    @PersonalData(ORDINARY) @Size(max = 500) List<@Valid Development> developments) {

  /**
   * Canonical constructor; lists are copied.
   *
   * @param schooling schooling, most recent last
   * @param schoolTrack the school track a young person is in now, a code of the list {@code school-track}
   * @param literacy literacy
   * @param qualifications vocational and academic qualifications with their recognition
   * @param workExperience work experience
   * @param languageSkills language skills; several entries for one language are read by date
   * @param courses language and orientation courses
   * @param developments dated notes on individual developments
   */
  public CompetenceProfile {
    schooling = Checks.list(schooling, CompetenceProfile.class, "schooling");
    qualifications = Checks.list(qualifications, CompetenceProfile.class, "qualifications");
    workExperience = Checks.list(workExperience, CompetenceProfile.class, "workExperience");
    languageSkills = Checks.list(languageSkills, CompetenceProfile.class, "languageSkills");
    courses = Checks.list(courses, CompetenceProfile.class, "courses");
    developments = Checks.list(developments, CompetenceProfile.class, "developments");
  }

  /**
   * A builder for a competence profile.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "CompetenceProfile[redacted]";
  }

  /** Builds a {@link CompetenceProfile}; not thread-safe. */
  public static final class Builder {
    private final List<Schooling> schooling = new ArrayList<>();
    private @Nullable String schoolTrack;
    private @Nullable Literacy literacy;
    private final List<Qualification> qualifications = new ArrayList<>();
    private final List<WorkExperience> workExperience = new ArrayList<>();
    private final List<LanguageSkill> languageSkills = new ArrayList<>();
    private final List<Course> courses = new ArrayList<>();
    private final List<Development> developments = new ArrayList<>();

    private Builder() {}

    /**
     * Adds schooling.
     *
     * @param value the schooling
     * @return this builder
     */
    public Builder schooling(Schooling value) {
      schooling.add(Checks.required(value, CompetenceProfile.class, "schooling"));
      return this;
    }

    /**
     * Sets the current school track.
     *
     * @param value a code of the list {@code school-track}, or {@code null}
     * @return this builder
     */
    public Builder schoolTrack(@Nullable String value) {
      schoolTrack = value;
      return this;
    }

    /**
     * Sets literacy.
     *
     * @param value literacy, or {@code null}
     * @return this builder
     */
    public Builder literacy(@Nullable Literacy value) {
      literacy = value;
      return this;
    }

    /**
     * Adds a qualification.
     *
     * @param value the qualification
     * @return this builder
     */
    public Builder qualification(Qualification value) {
      qualifications.add(Checks.required(value, CompetenceProfile.class, "qualifications"));
      return this;
    }

    /**
     * Adds work experience.
     *
     * @param value the work experience
     * @return this builder
     */
    public Builder workExperience(WorkExperience value) {
      workExperience.add(Checks.required(value, CompetenceProfile.class, "workExperience"));
      return this;
    }

    /**
     * Adds a language skill.
     *
     * @param value the skill
     * @return this builder
     */
    public Builder languageSkill(LanguageSkill value) {
      languageSkills.add(Checks.required(value, CompetenceProfile.class, "languageSkills"));
      return this;
    }

    /**
     * Adds a course.
     *
     * @param value the course
     * @return this builder
     */
    public Builder course(Course value) {
      courses.add(Checks.required(value, CompetenceProfile.class, "courses"));
      return this;
    }

    /**
     * Adds a development.
     *
     * @param value the development
     * @return this builder
     */
    public Builder development(Development value) {
      developments.add(Checks.required(value, CompetenceProfile.class, "developments"));
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     */
    public CompetenceProfile build() {
      return new CompetenceProfile(schooling, schoolTrack, literacy, qualifications, workExperience,
          languageSkills, courses, developments);
    }
  }
}
