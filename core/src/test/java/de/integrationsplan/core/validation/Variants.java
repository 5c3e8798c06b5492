package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.integrationsplan.core.model.v1.CompetenceProfile;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.Measure;
import de.integrationsplan.core.model.v1.Person;
import de.integrationsplan.core.model.v1.Review;
import de.integrationsplan.core.testing.HibernateJudge;
import de.integrationsplan.core.testing.TestPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Derives single-fault variants of {@link TestPlans#complete()} and checks reports for them. */
final class Variants {

  static final PlanValidator GERMAN = PlanValidator.create();
  static final PlanValidator ENGLISH = PlanValidator.builder().locale(Locale.ENGLISH).build();

  private Variants() {}

  static IntegrationPlan base() {
    return TestPlans.complete();
  }

  /**
   * The German report, which must be Hibernate Validator's too: every rules test is an agreement
   * test of the engine as well.
   */
  static ValidationReport validate(IntegrationPlan plan) {
    ValidationReport report = GERMAN.validate(plan);
    assertThat(HibernateJudge.sorted(report.issues())).as("the engine's report is Hibernate Validator's")
        .isEqualTo(HibernateJudge.issues(plan, Locale.GERMAN));
    return report;
  }

  /** The plan yields no issue at all. */
  static void assertClean(IntegrationPlan plan) {
    assertThat(validate(plan).issues()).isEmpty();
  }

  /** The plan yields exactly one issue, an error of {@code code} at {@code pointer}. */
  static void assertOnlyError(IntegrationPlan plan, String code, String pointer) {
    assertOnly(plan, Severity.ERROR, code, pointer);
  }

  /** The plan yields exactly one issue, with this severity, code and pointer, found by a rule. */
  static void assertOnly(IntegrationPlan plan, Severity severity, String code, String pointer) {
    assertThat(validate(plan).issues())
        .extracting(ValidationIssue::severity, ValidationIssue::code, ValidationIssue::pointer,
            ValidationIssue::source)
        .containsExactly(tuple(severity, code, pointer, IssueSource.RULE));
  }

  /** The plan yields, among others, an error of {@code code} at {@code pointer}. */
  static void assertHasError(IntegrationPlan plan, String code, String pointer) {
    assertThat(validate(plan).issues())
        .extracting(ValidationIssue::severity, ValidationIssue::code, ValidationIssue::pointer)
        .contains(tuple(Severity.ERROR, code, pointer));
  }

  /** The plan yields no issue of {@code code}. */
  static void assertNo(IntegrationPlan plan, String code) {
    assertThat(validate(plan).codes()).doesNotContain(code);
  }

  static IntegrationPlan withGoals(IntegrationPlan p, List<Goal> goals) {
    return new IntegrationPlan(p.id(), p.schemaVersion(), p.status(), p.created(), p.updated(),
        p.counsellingPeriod(), p.responsibleOrganisation(), p.integrationManager(), p.consent(),
        p.person(), p.competenceProfile(), goals, p.measures(), p.reviews(), p.closure(),
        p.extensions());
  }

  static IntegrationPlan withMeasures(IntegrationPlan p, List<Measure> measures) {
    return new IntegrationPlan(p.id(), p.schemaVersion(), p.status(), p.created(), p.updated(),
        p.counsellingPeriod(), p.responsibleOrganisation(), p.integrationManager(), p.consent(),
        p.person(), p.competenceProfile(), p.goals(), measures, p.reviews(), p.closure(),
        p.extensions());
  }

  static IntegrationPlan withReviews(IntegrationPlan p, List<Review> reviews) {
    return new IntegrationPlan(p.id(), p.schemaVersion(), p.status(), p.created(), p.updated(),
        p.counsellingPeriod(), p.responsibleOrganisation(), p.integrationManager(), p.consent(),
        p.person(), p.competenceProfile(), p.goals(), p.measures(), reviews, p.closure(),
        p.extensions());
  }

  static IntegrationPlan replaceGoal(IntegrationPlan p, int index, UnaryOperator<Goal> change) {
    List<Goal> goals = new ArrayList<>(p.goals());
    goals.set(index, change.apply(goals.get(index)));
    return withGoals(p, goals);
  }

  static IntegrationPlan replaceMeasure(IntegrationPlan p, int index, UnaryOperator<Measure> change) {
    List<Measure> measures = new ArrayList<>(p.measures());
    measures.set(index, change.apply(measures.get(index)));
    return withMeasures(p, measures);
  }

  static IntegrationPlan replaceReview(IntegrationPlan p, int index, UnaryOperator<Review> change) {
    List<Review> reviews = new ArrayList<>(p.reviews());
    reviews.set(index, change.apply(reviews.get(index)));
    return withReviews(p, reviews);
  }

  static IntegrationPlan person(IntegrationPlan p, UnaryOperator<Person.Builder> change) {
    return p.toBuilder().person(change.apply(p.person().toBuilder()).build()).build();
  }

  static IntegrationPlan profile(IntegrationPlan p, UnaryOperator<ProfileParts> change) {
    CompetenceProfile cp = p.competenceProfile();
    ProfileParts parts = change.apply(new ProfileParts(cp));
    return p.toBuilder().competenceProfile(parts.build()).build();
  }

  /** Mutable copies of the lists of a competence profile. */
  static final class ProfileParts {
    final List<de.integrationsplan.core.model.v1.Schooling> schooling;
    de.integrationsplan.core.model.v1.Literacy literacy;
    final List<de.integrationsplan.core.model.v1.Qualification> qualifications;
    final List<de.integrationsplan.core.model.v1.WorkExperience> workExperience;
    final List<de.integrationsplan.core.model.v1.LanguageSkill> languageSkills;
    final List<de.integrationsplan.core.model.v1.Course> courses;
    final List<de.integrationsplan.core.model.v1.Development> developments;

    ProfileParts(CompetenceProfile cp) {
      schooling = new ArrayList<>(cp.schooling());
      literacy = cp.literacy();
      qualifications = new ArrayList<>(cp.qualifications());
      workExperience = new ArrayList<>(cp.workExperience());
      languageSkills = new ArrayList<>(cp.languageSkills());
      courses = new ArrayList<>(cp.courses());
      developments = new ArrayList<>(cp.developments());
    }

    CompetenceProfile build() {
      return new CompetenceProfile(schooling, literacy, qualifications, workExperience,
          languageSkills, courses, developments);
    }
  }
}
