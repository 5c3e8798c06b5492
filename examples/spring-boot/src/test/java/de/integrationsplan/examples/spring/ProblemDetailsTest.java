package de.integrationsplan.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
final class ProblemDetailsTest {

  @Autowired
  private MockMvcTester mvc;

  @Test
  void answersABrokenRuleWith422AndTheLibrarysReportInGerman() {
    MvcTestResult result = post(ExamplePlans.read("invalid", "due-date-before-agreement.json"), null);

    assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().satisfies(body -> {
          assertThat(body).extractingPath("$.type").asString().endsWith("#invalid-plan");
          assertThat(body).extractingPath("$.title").isEqualTo("Der Integrationsplan verletzt Regeln");
          assertThat(body).extractingPath("$.status").isEqualTo(422);
          assertThat(body).extractingPath("$.detail")
              .isEqualTo("Der Integrationsplan hat einen Fehler; die Einzelheiten stehen unter „issues“.");
          assertThat(body).extractingPath("$.issues").asArray().hasSize(1);
          assertThat(body).extractingPath("$.issues[0].severity").isEqualTo("ERROR");
          assertThat(body).extractingPath("$.issues[0].code").isEqualTo("plan.goal.dueBeforeAgreement");
          assertThat(body).extractingPath("$.issues[0].pointer").isEqualTo("/goals/1/dueDate");
          assertThat(body).extractingPath("$.issues[0].source").isEqualTo("RULE");
          assertThat(body).extractingPath("$.issues[0].message")
              .isEqualTo("Ziel 2 › Zieldatum: Das Zieldatum liegt vor dem Datum der Zielvereinbarung.");
        });
  }

  @Test
  void answersInEnglishForAcceptLanguageEn() {
    MvcTestResult result = post(ExamplePlans.read("invalid", "due-date-before-agreement.json"), "en");

    assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().satisfies(body -> {
      assertThat(body).extractingPath("$.title").isEqualTo("The integration plan breaks rules");
      assertThat(body).extractingPath("$.detail")
          .isEqualTo("The integration plan has one error; the details are in \"issues\".");
      assertThat(body).extractingPath("$.issues[0].code").isEqualTo("plan.goal.dueBeforeAgreement");
      assertThat(body).extractingPath("$.issues[0].message").asString().startsWith("Goal 2 › Due date: The due date");
    });
  }

  @Test
  void answersMalformedJsonWith400AndDoesNotRepeatTheBody() {
    String body = "{\"id\": \"7d0c6f4e-2b1a-4e8f-9c3d-5a6b7c8d9e0f\", \"person\": {\"pseudonym\": Farid Ahmadi}}";

    MvcTestResult result = post(body.getBytes(StandardCharsets.UTF_8), null);

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(result).bodyJson().satisfies(json -> {
      assertThat(json).extractingPath("$.type").asString().endsWith("#unreadable-plan");
      assertThat(json).extractingPath("$.title").isEqualTo("Das Dokument ist kein lesbarer Integrationsplan");
      assertThat(json).extractingPath("$.detail").isEqualTo("Die Datei ist kein gültiges JSON.");
      assertThat(json).extractingPath("$.issues[0].code").isEqualTo("json.syntax");
      assertThat(json).extractingPath("$.issues[0].source").isEqualTo("PARSER");
      assertThat(json).extractingPath("$.issues[0].line").isEqualTo(1);
    });
    assertThat(result).body().asString().doesNotContain("Farid").doesNotContain("Ahmadi").doesNotContain("7d0c6f4e");
  }

  @Test
  void answersMalformedJsonInEnglishForAcceptLanguageEn() {
    assertThat(post("{\"status\": ".getBytes(StandardCharsets.UTF_8), "en"))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
          assertThat(json).extractingPath("$.title").isEqualTo("The document is not a readable integration plan");
          assertThat(json).extractingPath("$.issues[0].code").isEqualTo("json.truncated");
          assertThat(json).extractingPath("$.detail").asString().startsWith("The JSON document ends unexpectedly");
        });
  }

  @Test
  void answersAnUnknownPropertyWith400AtTheObjectThatHoldsIt() {
    MvcTestResult result = post(ExamplePlans.read("invalid", "vendor-field-outside-extensions.json"), null);

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
      assertThat(json).extractingPath("$.issues").asArray().hasSize(1);
      assertThat(json).extractingPath("$.issues[0].code").isEqualTo("schema.additionalProperties");
      // the name is the sender's: the pointer is the plan's, the object that holds it
      assertThat(json).extractingPath("$.issues[0].pointer").isEqualTo("");
    });
    assertThat(result).body().asString().doesNotContain("KA-50-2025-0208").doesNotContain("aktenzeichen");
  }

  @Test
  void answersAWrongTypeWith400InsteadOfCoercingIt() {
    assertThat(post(ExamplePlans.read("invalid", "birth-year-as-string.json"), null))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
          assertThat(json).extractingPath("$.issues[0].code").isEqualTo("schema.type");
          assertThat(json).extractingPath("$.issues[0].pointer").isEqualTo("/person/birthYear");
        });
  }

  @Test
  void answersABrokenRuleOfFormat2With422AndTheLibrarysReport() {
    MvcTestResult result = post(ExamplePlans.read("2.0/invalid", "goal-for-unknown-household-member.json"), "en");

    assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().satisfies(body -> {
          assertThat(body).extractingPath("$.type").asString().endsWith("#invalid-plan");
          assertThat(body).extractingPath("$.issues").asArray().hasSize(1);
          assertThat(body).extractingPath("$.issues[0].code").isEqualTo("plan.goal.unknownMember");
          assertThat(body).extractingPath("$.issues[0].source").isEqualTo("RULE");
        });
  }

  @Test
  void answersAStructuralFaultOfFormat2With400AgainstFormat2sSchema() {
    assertThat(post(ExamplePlans.read("2.0/invalid", "household-size-zero.json"), null))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
          assertThat(json).extractingPath("$.type").asString().endsWith("#unreadable-plan");
          assertThat(json).extractingPath("$.issues").asArray().hasSize(1);
          assertThat(json).extractingPath("$.issues[0].code").isEqualTo("schema.minimum");
          assertThat(json).extractingPath("$.issues[0].pointer").isEqualTo("/person/household/size");
        });
  }

  @Test
  void answersAPlanOfAVersionNoSchemaKnowsWith400AtItsSchemaVersion() {
    String plan = new String(ExamplePlans.read("2.0/valid", "ulm-engineer-zab-statement.json"), StandardCharsets.UTF_8)
        .replaceFirst("\"schemaVersion\" *: *\"2\\.0\"", "\"schemaVersion\": \"3.0\"");
    assertThat(plan).contains("\"3.0\"");

    assertThat(post(plan.getBytes(StandardCharsets.UTF_8), null))
        .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
          assertThat(json).extractingPath("$.type").asString().endsWith("#unreadable-plan");
          assertThat(json).extractingPath("$.issues[0].pointer").isEqualTo("/schemaVersion");
        });
  }

  @Test
  void answersAnEmptyBodyWith400JsonEmpty() {
    assertThat(post(new byte[0], null))
        .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.issues[0].code").isEqualTo("json.empty");
  }

  @Test
  void answersAnotherContentTypeWith415ProblemDetail() {
    assertThat(mvc.post().uri("/plans").contentType(MediaType.TEXT_PLAIN).content("Farid Ahmadi"))
        .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson().extractingPath("$.title").isEqualTo("Nicht unterstützter Inhaltstyp");
  }

  private MvcTestResult post(byte[] body, @Nullable String language) {
    var request = mvc.post().uri("/plans").contentType(MediaType.APPLICATION_JSON).content(body);
    if (language != null) {
      request = request.header("Accept-Language", language);
    }
    return request.exchange();
  }
}
