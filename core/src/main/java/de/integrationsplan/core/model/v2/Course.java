package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A language or orientation course: an integration course (<em>Integrationskurs</em>, IntV) or a
 * job-related language course (<em>Berufssprachkurs</em>, DeuFöV).
 *
 * @param type the type of course, a code of the list {@code course-type}, valid at {@code startedOn}
 *     (parent and youth integration courses only for courses begun before they ended, § 13 IntV)
 * @param status the person's status in it
 * @param targetLevel the CEFR level the course leads to
 * @param provider the course provider (<em>Kursträger</em>)
 * @param startedOn the first day
 * @param endedOn the last day
 * @param achievedLevel the level certified at the end
 * @param certificate the certificate obtained, for example {@link LanguageEvidence#DTZ}
 */
@DatesInOrder(first = "startedOn", second = "endedOn", message = "{plan.course.endBeforeStart}")
public record Course(
    @PersonalData(ORDINARY) @Coded(value = "course-type", validAt = "startedOn") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String type,
    @PersonalData(ORDINARY) CourseStatus status,
    @PersonalData(ORDINARY) @Nullable CefrLevel targetLevel,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String provider,
    @PersonalData(ORDINARY) @Nullable LocalDate startedOn,
    @PersonalData(ORDINARY) @Nullable LocalDate endedOn,
    @PersonalData(ORDINARY) @Nullable CefrLevel achievedLevel,
    @PersonalData(ORDINARY) @Nullable LanguageEvidence certificate) {

  /**
   * Canonical constructor; {@code type} and {@code status} are required.
   *
   * @param type the type of course
   * @param status the person's status in it
   * @param targetLevel the CEFR level the course leads to
   * @param provider the course provider (<em>Kursträger</em>)
   * @param startedOn the first day
   * @param endedOn the last day
   * @param achievedLevel the level certified at the end
   * @param certificate the certificate obtained, for example {@link LanguageEvidence#DTZ}
   */
  public Course {
    Checks.required(type, Course.class, "type");
    Checks.required(status, Course.class, "status");
  }

  @Override
  public String toString() {
    return "Course[redacted]";
  }
}
