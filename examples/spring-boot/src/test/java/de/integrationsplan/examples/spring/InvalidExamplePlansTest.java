package de.integrationsplan.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every plan of {@code examples/plans/invalid} is refused with exactly the codes and pointers its
 * expectation names: the service reads with the library's reader, whose structural findings carry
 * the codes of the JSON Schema keywords, and checks the rules with {@code @Valid}. A body the reader
 * rejects is a 400 with every structural finding; a plan that breaks a rule is a 422. The same holds
 * for the invalid plans of format 2.0 ({@code examples/plans/2.0/invalid}), which the service binds
 * as well as those of format 1.0.
 */
@SpringBootTest
@AutoConfigureMockMvc
final class InvalidExamplePlansTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final PlanValidator RULES = PlanValidator.create();
  private static final PlanJson JSON = PlanJson.create();

  @Autowired
  private MockMvcTester mvc;

  static Stream<String> invalidPlans() {
    return ExamplePlans.names("invalid");
  }

  @ParameterizedTest(name = "{0} is refused at the expected place")
  @MethodSource("invalidPlans")
  void refusesEveryInvalidExamplePlanAtTheExpectedPlace(String name) throws Exception {
    JsonNode expected = MAPPER.readTree(ExamplePlans.read("expected", name));
    MvcTestResult result = mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON)
        .content(ExamplePlans.read("invalid", name)).exchange();

    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = MAPPER.readTree(result.getResponse().getContentAsByteArray());
    List<JsonNode> errors = problem.get("issues").valueStream()
        .filter(issue -> issue.get("severity").asString().equals("ERROR")).toList();
    boolean unreadable = errors.stream().anyMatch(issue -> !issue.get("source").asString().equals("RULE"));

    assertThat(result.getResponse().getStatus()).isEqualTo(unreadable ? 400 : 422);
    assertThat(errors).extracting(issue -> issue.get("pointer").asString())
        .containsExactlyInAnyOrderElementsOf(strings(expected.get("pointers")));
    assertThat(errors).extracting(issue -> issue.get("code").asString())
        .containsExactlyInAnyOrderElementsOf(strings(expected.get("codes")));
  }

  static Stream<String> invalidPlansOfFormat2() {
    return ExamplePlans.names("2.0/invalid");
  }

  /**
   * Format 2.0's expectations list every finding, warnings included, and five of its plans have
   * warnings only: those the service stores with 201, as the library's verdict says; every other one
   * is refused with the whole report, whose findings are exactly the expected ones.
   */
  @ParameterizedTest(name = "2.0/invalid/{0} is answered as the library judges it, at the expected place")
  @MethodSource("invalidPlansOfFormat2")
  void answersEveryInvalidExamplePlanOfFormat2AtTheExpectedPlace(String name) throws Exception {
    JsonNode expected = MAPPER.readTree(ExamplePlans.read("2.0/expected", name));
    byte[] body = ExamplePlans.read("2.0/invalid", name);
    ValidationReport verdict = RULES.validate(body);

    if (verdict.isValid()) {
      assertThat(verdict.warnings()).as("a plan of 2.0/invalid that the library accepts has warnings").isNotEmpty();
      // stored under a fresh id: the valid plan it was made from keeps its own for AcceptsPlansTest
      de.integrationsplan.core.model.v2.IntegrationPlan plan =
          JSON.read(body, de.integrationsplan.core.model.v2.IntegrationPlan.class).toBuilder().id(UUID.randomUUID()).build();
      assertThat(mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON).content(JSON.writeBytes(plan)))
          .hasStatus(201);
      assertThat(verdict.issues()).extracting(ValidationIssue::code)
          .containsExactlyInAnyOrderElementsOf(strings(expected.get("codes")));
      return;
    }
    MvcTestResult result = mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = MAPPER.readTree(result.getResponse().getContentAsByteArray());
    List<JsonNode> issues = problem.get("issues").valueStream().toList();
    boolean unreadable = issues.stream().anyMatch(issue -> !issue.get("source").asString().equals("RULE"));

    assertThat(result.getResponse().getStatus()).isEqualTo(unreadable ? 400 : 422);
    assertThat(issues).extracting(issue -> issue.get("pointer").asString())
        .containsExactlyInAnyOrderElementsOf(strings(expected.get("pointers")));
    assertThat(issues).extracting(issue -> issue.get("code").asString())
        .containsExactlyInAnyOrderElementsOf(strings(expected.get("codes")));
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
