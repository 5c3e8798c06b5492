package de.integrationsplan.core.model.v2;

import static de.integrationsplan.core.model.PersonalData.Category.IDENTIFYING;
import static de.integrationsplan.core.model.PersonalData.Category.ORDINARY;

import de.integrationsplan.core.internal.Checks;
import de.integrationsplan.core.model.PersonalData;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.constraints.ActiveWithinPeriod;
import de.integrationsplan.core.validation.constraints.ClosureConsistent;
import de.integrationsplan.core.validation.constraints.CodesListed;
import de.integrationsplan.core.validation.constraints.CodesValidAtTheirDates;
import de.integrationsplan.core.validation.constraints.DatesInOrder;
import de.integrationsplan.core.validation.constraints.GoalsHaveMeasures;
import de.integrationsplan.core.validation.constraints.ReferencesResolve;
import de.integrationsplan.core.validation.constraints.ResidenceCurrent;
import de.integrationsplan.core.validation.constraints.ReviewsWithinPeriod;
import de.integrationsplan.core.validation.constraints.Severities;
import de.integrationsplan.core.validation.constraints.SpecialCategoriesConsented;
import de.integrationsplan.core.validation.constraints.StatusConsistent;
import de.integrationsplan.core.validation.constraints.TargetLevelAboveCurrent;
import de.integrationsplan.core.validation.constraints.UniqueIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The integration plan (<em>Integrationsplan</em>) an integration manager writes with a person in
 * <em>Anschlussunterbringung</em>: the stock-taking of competences, the agreed goals, the measures
 * that serve them, the counselling contacts and the reviews that follow. One self-contained
 * document, in format 2.x: it names the versions of the code lists its coded values are taken from
 * ({@link #codeLists()}) and keeps the history of its status ({@link #statusHistory()}).
 *
 * <pre>{@code
 * IntegrationPlan plan = IntegrationPlan.builder()
 *     .id(UUID.randomUUID())
 *     .codeList(CodeListReference.of("legal-basis", "2026-12-01"))
 *     .status(PlanStatus.ACTIVE)
 *     .created(OffsetDateTime.parse("2026-03-02T10:15:00+01:00"))
 *     .counsellingPeriod(CounsellingPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 1)))
 *     .responsibleOrganisation(ResponsibleOrganisation.municipality("08221000"))
 *     .integrationManager("im-0815")
 *     .person(Person.builder("p-4711").build())
 *     .goal(goal)
 *     .build();
 * }</pre>
 *
 * <p>Records check only that required components are present; everything else is found by
 * {@link de.integrationsplan.core.validation.PlanValidator}, all at once. {@link #toString()} prints
 * the id and status only.
 *
 * @param id the plan's id
 * @param schemaVersion the version of the wire format the plan follows, {@code 2.0}
 * @param codeLists the code lists the plan's coded values come from, each with the version used
 * @param status the plan's status
 * @param statusHistory each change of the plan's status with its date, oldest first; the last is {@code status}
 * @param created when the plan was created, with offset
 * @param updated when it was last changed, with offset
 * @param counsellingPeriod the counselling period
 * @param responsibleOrganisation the organisation that runs the integration management
 * @param integrationManager a pseudonymous reference to the integration manager, never a name
 * @param consent the person's consent; required once the plan is no longer a draft
 * @param person the person
 * @param competenceProfile the stock-taking of competences
 * @param goals the goals
 * @param measures the measures
 * @param counsellingContacts the counselling contacts (<em>Beratungskontakte</em>)
 * @param reviews the reviews (<em>Fortschreibungen</em>)
 * @param closure the closure; exactly when the status is completed or closed
 * @param extensions vendor extensions
 */
@DatesInOrder(first = "created", second = "updated", message = "{plan.updatedBeforeCreated}")
@UniqueIds
@ReferencesResolve
@ReviewsWithinPeriod
@StatusConsistent
@TargetLevelAboveCurrent
@GoalsHaveMeasures(payload = Severities.Warning.class)
@SpecialCategoriesConsented
@ClosureConsistent
@ActiveWithinPeriod(payload = Severities.Warning.class)
@ResidenceCurrent(payload = Severities.Warning.class)
@CodesListed
@CodesValidAtTheirDates(payload = Severities.Warning.class)
public record IntegrationPlan(
    @PersonalData(IDENTIFYING) UUID id,
    @PersonalData(ORDINARY) @NotBlank @Pattern(regexp = Formats.SCHEMA_VERSION, message = "{plan.schemaVersion2Format}") String schemaVersion,
    @PersonalData(ORDINARY) @NotEmpty(message = "{plan.codeList.none}") @Size(max = 100) List<@Valid CodeListReference> codeLists,
    @PersonalData(ORDINARY) PlanStatus status,
    @PersonalData(ORDINARY) @Size(max = 200) List<@Valid StatusChange> statusHistory,
    @PersonalData(ORDINARY) OffsetDateTime created,
    @PersonalData(ORDINARY) @Nullable OffsetDateTime updated,
    @PersonalData(ORDINARY) @Valid CounsellingPeriod counsellingPeriod,
    @PersonalData(ORDINARY) @Valid ResponsibleOrganisation responsibleOrganisation,
    @PersonalData(IDENTIFYING) @NotBlank @Pattern(regexp = Formats.PSEUDONYM, message = "{plan.pseudonymFormat}") String integrationManager,
    @PersonalData(ORDINARY) @Nullable @Valid Consent consent,
    @PersonalData(ORDINARY) @Valid Person person,
    @PersonalData(ORDINARY) @Nullable @Valid CompetenceProfile competenceProfile,
    @PersonalData(ORDINARY) @Size(max = 100) List<@Valid Goal> goals,
    @PersonalData(ORDINARY) @Size(max = 500) List<@Valid Measure> measures,
    @PersonalData(ORDINARY) @Size(max = 2000) List<@Valid CounsellingContact> counsellingContacts,
    @PersonalData(ORDINARY) @Size(max = 200) List<@Valid Review> reviews,
    @PersonalData(ORDINARY) @Nullable @Valid Closure closure,
    @PersonalData(ORDINARY) @Size(max = 100) List<@Valid Extension> extensions) implements Plan {

  /**
   * Canonical constructor; checks that required components are present and copies the lists.
   *
   * @param id the plan's id
   * @param schemaVersion the version of the wire format the plan follows, {@code 2.0}
   * @param codeLists the code lists the plan's coded values come from, each with the version used
   * @param status the plan's status
   * @param statusHistory each change of the plan's status with its date, oldest first; the last is {@code status}
   * @param created when the plan was created, with offset
   * @param updated when it was last changed, with offset
   * @param counsellingPeriod the counselling period
   * @param responsibleOrganisation the organisation that runs the integration management
   * @param integrationManager a pseudonymous reference to the integration manager, never a name
   * @param consent the person's consent; required once the plan is no longer a draft
   * @param person the person
   * @param competenceProfile the stock-taking of competences
   * @param goals the goals
   * @param measures the measures
   * @param counsellingContacts the counselling contacts (<em>Beratungskontakte</em>)
   * @param reviews the reviews (<em>Fortschreibungen</em>)
   * @param closure the closure; exactly when the status is completed or closed
   * @param extensions vendor extensions
   */
  public IntegrationPlan {
    Checks.required(id, IntegrationPlan.class, "id");
    Checks.required(schemaVersion, IntegrationPlan.class, "schemaVersion");
    codeLists = Checks.list(codeLists, IntegrationPlan.class, "codeLists");
    Checks.required(status, IntegrationPlan.class, "status");
    statusHistory = Checks.list(statusHistory, IntegrationPlan.class, "statusHistory");
    Checks.required(created, IntegrationPlan.class, "created");
    Checks.required(counsellingPeriod, IntegrationPlan.class, "counsellingPeriod");
    Checks.required(responsibleOrganisation, IntegrationPlan.class, "responsibleOrganisation");
    Checks.required(integrationManager, IntegrationPlan.class, "integrationManager");
    Checks.required(person, IntegrationPlan.class, "person");
    goals = Checks.list(goals, IntegrationPlan.class, "goals");
    measures = Checks.list(measures, IntegrationPlan.class, "measures");
    counsellingContacts = Checks.list(counsellingContacts, IntegrationPlan.class, "counsellingContacts");
    reviews = Checks.list(reviews, IntegrationPlan.class, "reviews");
    extensions = Checks.list(extensions, IntegrationPlan.class, "extensions");
  }

  /**
   * A builder for a plan of the {@linkplain Formats#CURRENT_SCHEMA_VERSION current schema version}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this plan's data, to change some of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.schemaVersion = schemaVersion;
    b.codeLists.addAll(codeLists);
    b.status = status;
    b.statusHistory.addAll(statusHistory);
    b.created = created;
    b.updated = updated;
    b.counsellingPeriod = counsellingPeriod;
    b.responsibleOrganisation = responsibleOrganisation;
    b.integrationManager = integrationManager;
    b.consent = consent;
    b.person = person;
    b.competenceProfile = competenceProfile;
    b.goals.addAll(goals);
    b.measures.addAll(measures);
    b.counsellingContacts.addAll(counsellingContacts);
    b.reviews.addAll(reviews);
    b.closure = closure;
    b.extensions.addAll(extensions);
    return b;
  }

  /**
   * The goal with the given id.
   *
   * @param goalId a goal id
   * @return the goal, or empty
   */
  public Optional<Goal> goal(String goalId) {
    Objects.requireNonNull(goalId, "goalId");
    return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
  }

  @Override
  public String toString() {
    return "IntegrationPlan[id=" + id + ", status=" + status + "]";
  }

  /** Builds an {@link IntegrationPlan}; not thread-safe, fails fast naming a missing component. */
  public static final class Builder {
    private @Nullable UUID id;
    private String schemaVersion = Formats.CURRENT_SCHEMA_VERSION;
    private final List<CodeListReference> codeLists = new ArrayList<>();
    private PlanStatus status = PlanStatus.DRAFT;
    private final List<StatusChange> statusHistory = new ArrayList<>();
    private @Nullable OffsetDateTime created;
    private @Nullable OffsetDateTime updated;
    private @Nullable CounsellingPeriod counsellingPeriod;
    private @Nullable ResponsibleOrganisation responsibleOrganisation;
    private @Nullable String integrationManager;
    private @Nullable Consent consent;
    private @Nullable Person person;
    private @Nullable CompetenceProfile competenceProfile;
    private final List<Goal> goals = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<CounsellingContact> counsellingContacts = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private @Nullable Closure closure;
    private final List<Extension> extensions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the plan's id
     * @return this builder
     */
    public Builder id(UUID id) {
      this.id = Checks.required(id, IntegrationPlan.class, "id");
      return this;
    }

    /**
     * Sets the schema version; the builder starts with {@link Formats#CURRENT_SCHEMA_VERSION}.
     *
     * @param schemaVersion the version
     * @return this builder
     */
    public Builder schemaVersion(String schemaVersion) {
      this.schemaVersion = Checks.required(schemaVersion, IntegrationPlan.class, "schemaVersion");
      return this;
    }

    /**
     * Adds code lists the plan uses, each with its version.
     *
     * @param values the references
     * @return this builder
     */
    public Builder codeList(CodeListReference... values) {
      for (CodeListReference value : values) {
        codeLists.add(Checks.required(value, IntegrationPlan.class, "codeLists"));
      }
      return this;
    }

    /**
     * Adds changes of status to the history, oldest first.
     *
     * @param values the changes
     * @return this builder
     */
    public Builder statusChange(StatusChange... values) {
      for (StatusChange value : values) {
        statusHistory.add(Checks.required(value, IntegrationPlan.class, "statusHistory"));
      }
      return this;
    }

    /**
     * Sets the status; the builder starts with {@link PlanStatus#DRAFT}.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(PlanStatus status) {
      this.status = Checks.required(status, IntegrationPlan.class, "status");
      return this;
    }

    /**
     * Sets when the plan was created.
     *
     * @param created the timestamp
     * @return this builder
     */
    public Builder created(OffsetDateTime created) {
      this.created = Checks.required(created, IntegrationPlan.class, "created");
      return this;
    }

    /**
     * Sets when the plan was last changed.
     *
     * @param updated the timestamp, or {@code null}
     * @return this builder
     */
    public Builder updated(@Nullable OffsetDateTime updated) {
      this.updated = updated;
      return this;
    }

    /**
     * Sets the counselling period.
     *
     * @param counsellingPeriod the period
     * @return this builder
     */
    public Builder counsellingPeriod(CounsellingPeriod counsellingPeriod) {
      this.counsellingPeriod = Checks.required(counsellingPeriod, IntegrationPlan.class, "counsellingPeriod");
      return this;
    }

    /**
     * Sets the responsible organisation.
     *
     * @param responsibleOrganisation the organisation
     * @return this builder
     */
    public Builder responsibleOrganisation(ResponsibleOrganisation responsibleOrganisation) {
      this.responsibleOrganisation =
          Checks.required(responsibleOrganisation, IntegrationPlan.class, "responsibleOrganisation");
      return this;
    }

    /**
     * Sets the pseudonymous reference to the integration manager.
     *
     * @param integrationManager the reference, never a name
     * @return this builder
     */
    public Builder integrationManager(String integrationManager) {
      this.integrationManager = Checks.required(integrationManager, IntegrationPlan.class, "integrationManager");
      return this;
    }

    /**
     * Sets the consent.
     *
     * @param consent the consent, or {@code null}
     * @return this builder
     */
    public Builder consent(@Nullable Consent consent) {
      this.consent = consent;
      return this;
    }

    /**
     * Sets the person.
     *
     * @param person the person
     * @return this builder
     */
    public Builder person(Person person) {
      this.person = Checks.required(person, IntegrationPlan.class, "person");
      return this;
    }

    /**
     * Sets the competence profile.
     *
     * @param competenceProfile the profile, or {@code null}
     * @return this builder
     */
    public Builder competenceProfile(@Nullable CompetenceProfile competenceProfile) {
      this.competenceProfile = competenceProfile;
      return this;
    }

    /**
     * Adds goals.
     *
     * @param values the goals
     * @return this builder
     */
    public Builder goal(Goal... values) {
      for (Goal value : values) {
        goals.add(Checks.required(value, IntegrationPlan.class, "goals"));
      }
      return this;
    }

    /**
     * Adds measures.
     *
     * @param values the measures
     * @return this builder
     */
    public Builder measure(Measure... values) {
      for (Measure value : values) {
        measures.add(Checks.required(value, IntegrationPlan.class, "measures"));
      }
      return this;
    }

    /**
     * Adds counselling contacts.
     *
     * @param values the contacts
     * @return this builder
     */
    public Builder counsellingContact(CounsellingContact... values) {
      for (CounsellingContact value : values) {
        counsellingContacts.add(Checks.required(value, IntegrationPlan.class, "counsellingContacts"));
      }
      return this;
    }

    /**
     * Adds reviews.
     *
     * @param values the reviews
     * @return this builder
     */
    public Builder review(Review... values) {
      for (Review value : values) {
        reviews.add(Checks.required(value, IntegrationPlan.class, "reviews"));
      }
      return this;
    }

    /**
     * Sets the closure.
     *
     * @param closure the closure, or {@code null}
     * @return this builder
     */
    public Builder closure(@Nullable Closure closure) {
      this.closure = closure;
      return this;
    }

    /**
     * Adds extensions.
     *
     * @param values the extensions
     * @return this builder
     */
    public Builder extension(Extension... values) {
      for (Extension value : values) {
        extensions.add(Checks.required(value, IntegrationPlan.class, "extensions"));
      }
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws NullPointerException naming the component when a required one is missing
     */
    public IntegrationPlan build() {
      return new IntegrationPlan(id, schemaVersion, codeLists, status, statusHistory, created, updated,
          counsellingPeriod, responsibleOrganisation, integrationManager, consent, person,
          competenceProfile, goals, measures, counsellingContacts, reviews, closure, extensions);
    }
  }
}
