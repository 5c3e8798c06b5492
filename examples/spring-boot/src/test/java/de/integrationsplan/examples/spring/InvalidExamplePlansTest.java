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
 * Every plan of {@code examples/plans/invalid} is refused with the pointers its expectation names,
 * and with its codes where those are the codec's or the rules'. The service reads with the codec,
 * not the JSON Schema, so where the expectation names a {@code schema.*} code the service's code is
 * the codec's or the rule's equivalent ({@code json.unknownProperty} for
 * {@code schema.additionalProperties}); the place is the same.
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
    boolean fromParser = errors.stream().anyMatch(issue -> issue.get("source").asString().equals("PARSER"));

    assertThat(result.getResponse().getStatus()).isEqualTo(fromParser ? 400 : 422);
    assertThat(errors).extracting(issue -> issue.get("pointer").asString())
        .containsExactlyInAnyOrderElementsOf(strings(expected.get("pointers")));
    List<String> codes = strings(expected.get("codes"));
    if (codes.stream().noneMatch(code -> code.startsWith("schema."))) {
      assertThat(errors).extracting(issue -> issue.get("code").asString())
          .containsExactlyInAnyOrderElementsOf(codes);
    }
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
