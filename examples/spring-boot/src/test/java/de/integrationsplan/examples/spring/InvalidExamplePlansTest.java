package de.integrationsplan.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * rejects is a 400 with every structural finding; a plan that breaks a rule is a 422. The service
 * binds format 1.x ({@code model.v1}): every valid example of format 2.0 is a 400 with the one
 * finding {@code json.otherVersion}.
 */
@SpringBootTest
@AutoConfigureMockMvc
final class InvalidExamplePlansTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

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

  static Stream<String> validPlansOfFormat2() {
    return ExamplePlans.names("2.0/valid");
  }

  @ParameterizedTest(name = "2.0/valid/{0} is refused as a plan of another major version")
  @MethodSource("validPlansOfFormat2")
  void refusesEveryValidPlanOfFormat2AsAnotherVersion(String name) throws Exception {
    MvcTestResult result = mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON)
        .content(ExamplePlans.read("2.0/valid", name)).exchange();

    assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = MAPPER.readTree(result.getResponse().getContentAsByteArray());
    assertThat(problem.get("issues").valueStream().map(issue -> issue.get("code").asString()).toList())
        .as("the service binds format 1.x only").containsExactly("json.otherVersion");
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
