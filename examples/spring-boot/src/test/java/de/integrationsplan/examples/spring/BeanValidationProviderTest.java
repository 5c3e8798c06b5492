package de.integrationsplan.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The model's constraints work with Spring's own Bean Validation and Hibernate Validator as its
 * provider, as in a service that validates plans itself: the provider makes the library's validators
 * and finds, in every example plan of format 1.0 and 2.0 the codec reads, the violations the
 * library's report has, at the same places. The library does not need the provider; a service that brings one gets the same rules.
 */
final class BeanValidationProviderTest {

  private static final PlanJson JSON = PlanJson.create();
  private static final PlanValidator RULES = PlanValidator.create();
  private static LocalValidatorFactoryBean spring;

  @BeforeAll
  static void start() {
    spring = new LocalValidatorFactoryBean();
    spring.afterPropertiesSet();
  }

  @AfterAll
  static void stop() {
    spring.close();
  }

  static Stream<String> examplePlans() {
    return Stream.of("valid", "invalid", "2.0/valid", "2.0/invalid")
        .flatMap(folder -> ExamplePlans.names(folder).map(n -> folder + "/" + n));
  }

  @ParameterizedTest(name = "{0}: Hibernate Validator finds what the library reports")
  @MethodSource("examplePlans")
  void springsProviderFindsTheLibrarysFindings(String file) {
    Optional<Plan> plan = read(file);
    if (plan.isEmpty()) {
      return; // a fault of the wire format: no plan for any validator
    }
    assertThat(spring.getValidator().getClass().getName()).as("Spring's provider").startsWith("org.hibernate.validator.");
    List<String> theirs = new ArrayList<>();
    for (ConstraintViolation<Plan> v : spring.getValidator().validate(plan.get())) {
      theirs.add(pointer(v.getPropertyPath()) + ownCode(v.getMessageTemplate().replaceAll("^\\{|}$", "")));
    }
    List<String> ours = new ArrayList<>();
    for (ValidationIssue issue : RULES.validate(plan.get()).issues()) {
      assertThat(issue.source()).isEqualTo(IssueSource.RULE);
      ours.add(issue.pointer() + ownCode(issue.code()));
    }
    assertThat(theirs).containsExactlyInAnyOrderElementsOf(ours);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dueDate")
  void findsTheDueDateBeforeTheAgreementAtItsPlace(String file) {
    Plan plan = read(file).orElseThrow();
    assertThat(spring.getValidator().validate(plan)).singleElement().satisfies(v -> {
      assertThat(v.getMessageTemplate()).isEqualTo("{plan.goal.dueBeforeAgreement}");
      assertThat(v.getPropertyPath()).hasToString("goals[1].dueDate");
    });
  }

  static Stream<String> dueDate() {
    return Stream.of("invalid/due-date-before-agreement.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownMember")
  void findsTheGoalForAnUnknownHouseholdMemberOfFormat2AtItsPlace(String file) {
    Plan plan = read(file).orElseThrow();
    assertThat(plan).isInstanceOf(de.integrationsplan.core.model.v2.IntegrationPlan.class);
    assertThat(spring.getValidator().validate(plan)).singleElement().satisfies(v ->
        assertThat(v.getMessageTemplate()).isEqualTo("{plan.goal.unknownMember}"));
  }

  static Stream<String> unknownMember() {
    return Stream.of("2.0/invalid/goal-for-unknown-household-member.json");
  }

  /** A plan of any version, as the service binds it; empty for a fault of the wire format. */
  private static Optional<Plan> read(String file) {
    int slash = file.lastIndexOf('/');
    try {
      return Optional.of(JSON.read(ExamplePlans.read(file.substring(0, slash), file.substring(slash + 1))));
    } catch (PlanFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The code of one of the library's own rules ({@code plan.*}), whose template is the code in
   * braces; the built-in constraints' templates are Bean Validation's, which the library maps to codes
   * of its own, so for those only the place is compared.
   */
  private static String ownCode(String code) {
    return code.startsWith("plan.") ? " " + code : "";
  }

  /** The JSON Pointer of a path, as the library writes it: an element's index before its name. */
  private static String pointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('/').append(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        out.append('/').append(node.getName());
      }
    }
    return out.toString();
  }
}
