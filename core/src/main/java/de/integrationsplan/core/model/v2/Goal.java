package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;
import static de.integrationsplan.core.model.PersonalData.Category.SPECIAL_CATEGORY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.TargetFitsArea;
import de.integrationsplan.core.validation.constraints.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A goal agreed in the integration plan (<em>Ziel</em>, <em>Zielvereinbarung</em>). Its lifecycle
 * {@link #status()} is kept apart from its {@link #achievement()}, as FHIR's Goal does: a goal can
 * be {@link GoalStatus#COMPLETED} and {@link Achievement#PARTLY_ACHIEVED}.
 *
 * <pre>{@code
 * Goal goal = Goal.builder("g1", GoalArea.LANGUAGE, "Deutsch auf B1 für die Ausbildung")
 *     .status(GoalStatus.ACTIVE)
 *     .agreedOn(LocalDate.of(2026, 3, 2))
 *     .dueDate(LocalDate.of(2026, 12, 31))
 *     .target(GoalTarget.language(new LanguageTarget("deu", CefrLevel.B1, LanguageEvidence.DTZ)))
 *     .build();
 * }</pre>
 *
 * @param id the goal's id within the plan, referred to by measures and reviews
 * @param area the area (<em>Handlungsfeld</em>)
 * @param description the goal in the words agreed with the person
 * @param status the lifecycle status
 * @param priority the priority
 * @param agreedOn the day the goal was agreed
 * @param dueDate the day it should be reached; not before {@code agreedOn}
 * @param achievement how far it has been reached
 * @param target what it aims at, typed by area
 * @param memberIds the household members the goal is for, by id; empty when it is the person's own
 */
@DatesInOrder(first = "agreedOn", second = "dueDate", message = "{plan.goal.dueBeforeAgreement}")
@TargetFitsArea
public record Goal(
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String id,
    @PersonalData(ORDINARY) GoalArea area,
    @PersonalData(SPECIAL_CATEGORY) @NotBlank @TextLength(max = 2000) String description,
    @PersonalData(ORDINARY) GoalStatus status,
    @PersonalData(ORDINARY) @Nullable Priority priority,
    @PersonalData(ORDINARY) @Nullable LocalDate agreedOn,
    @PersonalData(ORDINARY) @Nullable LocalDate dueDate,
    @PersonalData(ORDINARY) @Nullable Achievement achievement,
    @PersonalData(ORDINARY) @Nullable @Valid GoalTarget target,
    @PersonalData(ORDINARY) @Size(max = 30) List<@Pattern(regexp = Formats.LOCAL_ID, message = "{plan.idFormat}") String> memberIds) {

  /**
   * Canonical constructor; {@code id}, {@code area}, {@code description}, {@code status} are required.
   *
   * @param id the goal's id within the plan, referred to by measures and reviews
   * @param area the area (<em>Handlungsfeld</em>)
   * @param description the goal in the words agreed with the person
   * @param status the lifecycle status
   * @param priority the priority
   * @param agreedOn the day the goal was agreed
   * @param dueDate the day it should be reached; not before {@code agreedOn}
   * @param achievement how far it has been reached
   * @param target what it aims at, typed by area
   * @param memberIds the household members the goal is for, by id; empty when it is the person's own
   */
  public Goal {
    Checks.required(id, Goal.class, "id");
    Checks.required(area, Goal.class, "area");
    Checks.required(description, Goal.class, "description");
    Checks.required(status, Goal.class, "status");
    memberIds = Checks.list(memberIds, Goal.class, "memberIds");
  }

  /**
   * A builder for a goal, with status {@link GoalStatus#PROPOSED} until set otherwise.
   *
   * @param id the id within the plan
   * @param area the area
   * @param description the goal in words
   * @return a new builder
   */
  public static Builder builder(String id, GoalArea area, String description) {
    return new Builder(id, area, description);
  }

  /**
   * A builder holding this goal's data, to change some of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, area, description);
    b.status = status;
    b.priority = priority;
    b.agreedOn = agreedOn;
    b.dueDate = dueDate;
    b.achievement = achievement;
    b.target = target;
    b.memberIds.addAll(memberIds);
    return b;
  }

  /**
   * Whether the goal is still pursued: proposed, agreed, active or on hold.
   *
   * @return {@code false} for completed and cancelled goals
   */
  public boolean pursued() {
    return status != GoalStatus.COMPLETED && status != GoalStatus.CANCELLED;
  }

  @Override
  public String toString() {
    return "Goal[id=" + id + "]";
  }

  /** Builds a {@link Goal}; not thread-safe. */
  public static final class Builder {
    private String id;
    private GoalArea area;
    private String description;
    private GoalStatus status = GoalStatus.PROPOSED;
    private @Nullable Priority priority;
    private @Nullable LocalDate agreedOn;
    private @Nullable LocalDate dueDate;
    private @Nullable Achievement achievement;
    private @Nullable GoalTarget target;
    private final List<String> memberIds = new ArrayList<>();

    private Builder(String id, GoalArea area, String description) {
      this.id = Checks.required(id, Goal.class, "id");
      this.area = Checks.required(area, Goal.class, "area");
      this.description = Checks.required(description, Goal.class, "description");
    }

    /**
     * Sets the id.
     *
     * @param id the id within the plan
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Checks.required(id, Goal.class, "id");
      return this;
    }

    /**
     * Sets the area.
     *
     * @param area the area
     * @return this builder
     */
    public Builder area(GoalArea area) {
      this.area = Checks.required(area, Goal.class, "area");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the goal in words
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Checks.required(description, Goal.class, "description");
      return this;
    }

    /**
     * Sets the lifecycle status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(GoalStatus status) {
      this.status = Checks.required(status, Goal.class, "status");
      return this;
    }

    /**
     * Sets the priority.
     *
     * @param priority the priority, or {@code null}
     * @return this builder
     */
    public Builder priority(@Nullable Priority priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets the day of agreement.
     *
     * @param agreedOn the day, or {@code null}
     * @return this builder
     */
    public Builder agreedOn(@Nullable LocalDate agreedOn) {
      this.agreedOn = agreedOn;
      return this;
    }

    /**
     * Sets the due date.
     *
     * @param dueDate the day, or {@code null}
     * @return this builder
     */
    public Builder dueDate(@Nullable LocalDate dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets the achievement.
     *
     * @param achievement the achievement, or {@code null}
     * @return this builder
     */
    public Builder achievement(@Nullable Achievement achievement) {
      this.achievement = achievement;
      return this;
    }

    /**
     * Sets the target.
     *
     * @param target the target, or {@code null}
     * @return this builder
     */
    public Builder target(@Nullable GoalTarget target) {
      this.target = target;
      return this;
    }

    /**
     * Adds household members the goal is for.
     *
     * @param ids the members' ids
     * @return this builder
     */
    public Builder member(String... ids) {
      for (String memberId : ids) {
        memberIds.add(Checks.required(memberId, Goal.class, "memberIds"));
      }
      return this;
    }

    /**
     * Builds the goal.
     *
     * @return the goal
     */
    public Goal build() {
      return new Goal(id, area, description, status, priority, agreedOn, dueDate, achievement, target, memberIds);
    }
  }
}
