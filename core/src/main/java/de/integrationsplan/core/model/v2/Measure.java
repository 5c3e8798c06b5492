package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measure (<em>Maßnahme</em>) that serves one or more goals: a course, a referral, an application.
 *
 * @param id the measure's id within the plan
 * @param goalIds the ids of the goals it serves, at least one
 * @param memberIds the household members it is for, by id; empty when it is the person's own
 * @param kind the kind of measure, a code of the list {@code measure-kind}
 * @param description what is to be done
 * @param responsible who is responsible, a code of the list {@code responsible-party}
 * @param provider the provider or service, for example a course provider
 * @param status the status
 * @param plannedStart the planned first day
 * @param plannedEnd the planned last day
 * @param actualStart the actual first day
 * @param actualEnd the actual last day
 */
@DatesInOrder(first = "plannedStart", second = "plannedEnd", message = "{plan.measure.plannedEndBeforeStart}")
@DatesInOrder(first = "actualStart", second = "actualEnd", message = "{plan.measure.actualEndBeforeStart}")
public record Measure(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String id,
    @PersonalData(ORDINARY) @NotEmpty(message = "{plan.measure.noGoal}") @Size(max = 50) List<@Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String> goalIds,
    @PersonalData(ORDINARY) @Size(max = 30) List<@Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String> memberIds,
    @PersonalData(ORDINARY) @Coded("measure-kind") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String kind,
    @PersonalData(SPECIAL_CATEGORY) @Nullable @TextLength(min = 1, max = 2000) String description,
    @PersonalData(ORDINARY) @Coded("responsible-party") @Pattern(regexp = Formats.CODE, message = "{plan.codeFormat}") @TextLength(max = Formats.CODE_MAX_LENGTH) String responsible,
    @PersonalData(ORDINARY) @Nullable @TextLength(min = 1, max = 200) String provider,
    @PersonalData(ORDINARY) MeasureStatus status,
    @PersonalData(ORDINARY) @Nullable LocalDate plannedStart,
    @PersonalData(ORDINARY) @Nullable LocalDate plannedEnd,
    @PersonalData(ORDINARY) @Nullable LocalDate actualStart,
    @PersonalData(ORDINARY) @Nullable LocalDate actualEnd) {

  /**
   * Canonical constructor; {@code id}, {@code kind}, {@code responsible}, {@code status} are required.
   *
   * @param id the measure's id within the plan
   * @param goalIds the ids of the goals it serves, at least one
   * @param memberIds the household members it is for, by id; empty when it is the person's own
   * @param kind the kind of measure, a code of the list {@code measure-kind}
   * @param description what is to be done
   * @param responsible who is responsible, a code of the list {@code responsible-party}
   * @param provider the provider or service, for example a course provider
   * @param status the status
   * @param plannedStart the planned first day
   * @param plannedEnd the planned last day
   * @param actualStart the actual first day
   * @param actualEnd the actual last day
   */
  public Measure {
    Checks.required(id, Measure.class, "id");
    goalIds = Checks.list(goalIds, Measure.class, "goalIds");
    memberIds = Checks.list(memberIds, Measure.class, "memberIds");
    Checks.required(kind, Measure.class, "kind");
    Checks.required(responsible, Measure.class, "responsible");
    Checks.required(status, Measure.class, "status");
  }

  /**
   * A builder for a measure, with status {@link MeasureStatus#PLANNED} until set otherwise.
   *
   * @param id the id within the plan
   * @param kind the kind, a code of the list {@code measure-kind}
   * @param responsible who is responsible, a code of the list {@code responsible-party}
   * @return a new builder
   */
  public static Builder builder(String id, String kind, String responsible) {
    return new Builder(id, kind, responsible);
  }

  @Override
  public String toString() {
    return "Measure[id=" + id + "]";
  }

  /** Builds a {@link Measure}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final List<String> goalIds = new ArrayList<>();
    private final List<String> memberIds = new ArrayList<>();
    private final String kind;
    private @Nullable String description;
    private final String responsible;
    private @Nullable String provider;
    private MeasureStatus status = MeasureStatus.PLANNED;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedEnd;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate actualEnd;

    private Builder(String id, String kind, String responsible) {
      this.id = Checks.required(id, Measure.class, "id");
      this.kind = Checks.required(kind, Measure.class, "kind");
      this.responsible = Checks.required(responsible, Measure.class, "responsible");
    }

    /**
     * Adds the goals the measure serves.
     *
     * @param ids goal ids
     * @return this builder
     */
    public Builder goal(String... ids) {
      for (String goalId : ids) {
        goalIds.add(Checks.required(goalId, Measure.class, "goalIds"));
      }
      return this;
    }

    /**
     * Adds household members the measure is for.
     *
     * @param ids the members' ids
     * @return this builder
     */
    public Builder member(String... ids) {
      for (String memberId : ids) {
        memberIds.add(Checks.required(memberId, Measure.class, "memberIds"));
      }
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description what is to be done, or {@code null}
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the provider.
     *
     * @param provider the provider, or {@code null}
     * @return this builder
     */
    public Builder provider(@Nullable String provider) {
      this.provider = provider;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(MeasureStatus status) {
      this.status = Checks.required(status, Measure.class, "status");
      return this;
    }

    /**
     * Sets the planned period.
     *
     * @param start the first day, or {@code null}
     * @param end the last day, or {@code null}
     * @return this builder
     */
    public Builder planned(@Nullable LocalDate start, @Nullable LocalDate end) {
      this.plannedStart = start;
      this.plannedEnd = end;
      return this;
    }

    /**
     * Sets the actual period.
     *
     * @param start the first day, or {@code null}
     * @param end the last day, or {@code null}
     * @return this builder
     */
    public Builder actual(@Nullable LocalDate start, @Nullable LocalDate end) {
      this.actualStart = start;
      this.actualEnd = end;
      return this;
    }

    /**
     * Builds the measure.
     *
     * @return the measure
     */
    public Measure build() {
      return new Measure(id, goalIds, memberIds, kind, description, responsible, provider, status,
          plannedStart, plannedEnd, actualStart, actualEnd);
    }
  }
}
