package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A member of the person's household other than the person: the second adult, each child. Its id
 * is local to the plan, so that goals and measures can be for a member (a Kita place for the
 * two-year-old). Only the year of birth is kept, never a name.
 *
 * @param id the member's id within the plan, such as {@code m1}
 * @param role how the member is related to the person
 * @param birthYear the year of birth
 * @param sex the sex
 * @param education where a child is cared for or taught
 * @param schoolTrack the school track of a young person (<em>VABO</em>, <em>VKL</em>, <em>AVdual</em>),
 *     a code of the list {@code school-track}
 */
public record HouseholdMember(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String id,
    @PersonalData(ORDINARY) HouseholdRole role,
    @PersonalData(ORDINARY) @Nullable @Min(value = 1900, message = "{plan.person.birthYearRange}") @Max(value = 2100, message = "{plan.person.birthYearRange}") Integer birthYear,
    @PersonalData(ORDINARY) @Nullable Sex sex,
    @PersonalData(ORDINARY) @Nullable ChildEducation education,
    @PersonalData(ORDINARY) @Nullable @Coded("school-track") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String schoolTrack) {

  /**
   * Canonical constructor; {@code id} and {@code role} are required.
   *
   * @param id the member's id within the plan, such as {@code m1}
   * @param role how the member is related to the person
   * @param birthYear the year of birth
   * @param sex the sex
   * @param education where a child is cared for or taught
   * @param schoolTrack the school track of a young person, a code of the list {@code school-track}
   */
  public HouseholdMember {
    Checks.required(id, HouseholdMember.class, "id");
    Checks.required(role, HouseholdMember.class, "role");
  }

  /**
   * A child known by its year of birth and education.
   *
   * @param id the member's id
   * @param birthYear the year of birth
   * @param education where the child is cared for or taught, or {@code null}
   * @return the member
   */
  public static HouseholdMember child(String id, int birthYear, @Nullable ChildEducation education) {
    return new HouseholdMember(id, HouseholdRole.CHILD, birthYear, null, education, null);
  }

  @Override
  public String toString() {
    return "HouseholdMember[id=" + id + "]";
  }
}
