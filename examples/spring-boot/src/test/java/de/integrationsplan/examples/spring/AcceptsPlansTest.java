package de.integrationsplan.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.CounsellingPeriod;
import de.integrationsplan.core.model.v1.Goal;
import de.integrationsplan.core.model.v1.GoalArea;
import de.integrationsplan.core.model.v1.GoalStatus;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
final class AcceptsPlansTest {

  private static final PlanJson JSON = PlanJson.create();

  @Autowired
  private MockMvcTester mvc;

  static Stream<String> validPlans() {
    return ExamplePlans.names("valid");
  }

  @ParameterizedTest(name = "{0} is stored with 201 and comes back unchanged, as format 1.0")
  @MethodSource("validPlans")
  void storesEveryValidExamplePlanAndReturnsIt(String name) {
    IntegrationPlan plan = JSON.read(ExamplePlans.read("valid", name), IntegrationPlan.class);

    MvcTestResult created = mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON)
        .content(ExamplePlans.read("valid", name)).exchange();
    assertThat(created).hasStatus(HttpStatus.CREATED)
        .hasHeader("Location", "http://localhost/plans/" + plan.id());
    assertThat(created).bodyJson().extractingPath("$.id").isEqualTo(plan.id().toString());

    MvcTestResult read = mvc.get().uri("/plans/{id}", plan.id()).exchange();
    assertThat(read).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
    assertThat(JSON.read(read.getResponse().getContentAsByteArray())).isEqualTo(plan);
  }

  static Stream<String> validPlansOfFormat2() {
    return ExamplePlans.names("2.0/valid");
  }

  @ParameterizedTest(name = "2.0/valid/{0} is stored with 201 and comes back unchanged, as format 2.0")
  @MethodSource("validPlansOfFormat2")
  void storesEveryValidExamplePlanOfFormat2AndReturnsIt(String name) {
    byte[] body = ExamplePlans.read("2.0/valid", name);
    de.integrationsplan.core.model.v2.IntegrationPlan plan =
        JSON.read(body, de.integrationsplan.core.model.v2.IntegrationPlan.class);

    MvcTestResult created = mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    assertThat(created).hasStatus(HttpStatus.CREATED)
        .hasHeader("Location", "http://localhost/plans/" + plan.id());

    MvcTestResult read = mvc.get().uri("/plans/{id}", plan.id()).exchange();
    assertThat(read).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
    assertThat(read).bodyJson().extractingPath("$.schemaVersion").isEqualTo("2.0");
    assertThat(JSON.read(read.getResponse().getContentAsByteArray())).isEqualTo(plan);
  }

  @Test
  void acceptsAPlanWithWarningsOnly() {
    IntegrationPlan plan = withoutMeasure();
    assertThat(PlanValidator.create().validate(plan).warnings()).isNotEmpty();
    assertThat(PlanValidator.create().validate(plan).isValid()).isTrue();

    assertThat(mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON).content(JSON.writeBytes(plan)))
        .hasStatus(HttpStatus.CREATED);
  }

  @Test
  void answersASecondPlanWithTheSameIdWith409() {
    IntegrationPlan plan = withoutMeasure();
    mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON).content(JSON.writeBytes(plan)).exchange();

    assertThat(mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON).content(JSON.writeBytes(plan)))
        .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.title").isEqualTo("Integrationsplan bereits gespeichert");
  }

  @Test
  void answersAnUnknownIdWith404ProblemDetail() {
    assertThat(mvc.get().uri("/plans/{id}", UUID.randomUUID()))
        .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().satisfies(body -> {
          assertThat(body).extractingPath("$.status").isEqualTo(404);
          assertThat(body).extractingPath("$.type").asString().endsWith("#plan-not-found");
          assertThat(body).extractingPath("$.detail")
              .isEqualTo("Unter dieser Kennung ist kein Integrationsplan gespeichert.");
        });
  }

  @Test
  void answersAnIdThatIsNoUuidWith404WithoutRepeatingIt() {
    assertThat(mvc.get().uri("/plans/Ahmadi-Farid"))
        .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body().asString().doesNotContain("Ahmadi");
  }

  @Test
  void answersAnUnknownPathWith404ProblemDetailWithoutRepeatingIt() {
    assertThat(mvc.get().uri("/akten/Ahmadi-Farid"))
        .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body().asString().doesNotContain("Ahmadi").contains("\"instance\":\"/plans\"");
  }

  /** A valid plan with a fresh id whose goal has no measure yet: a warning, not an error. */
  private static IntegrationPlan withoutMeasure() {
    IntegrationPlan plan = JSON.read(ExamplePlans.read("valid", "heidelberg-ukraine-educator-recognition.json"), IntegrationPlan.class);
    CounsellingPeriod period = plan.counsellingPeriod();
    LocalDate agreed = period.start().plusDays(14);
    return plan.toBuilder()
        .id(UUID.randomUUID())
        .goal(Goal.builder("g-no-measure", GoalArea.HOUSING, "Eine eigene Wohnung finden")
            .status(GoalStatus.ACTIVE)
            .agreedOn(agreed)
            .dueDate(agreed.plusMonths(6))
            .build())
        .build();
  }
}
