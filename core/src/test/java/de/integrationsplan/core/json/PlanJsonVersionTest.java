package de.integrationsplan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.ValidationIssue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader picks the major version of the format from {@code schemaVersion}: wherever the member
 * stands at the top level, and for documents without it or with a major it does not know.
 */
final class PlanJsonVersionTest {

  private static final PlanJson JSON = PlanJson.create();

  @Test
  void aOneDotXDocumentIsReadAsFormatOne() {
    Plan plan = JSON.read(JsonDocs.MINIMAL);
    assertThat(plan).isInstanceOf(IntegrationPlan.class);
    assertThat(plan.schemaVersion()).isEqualTo("1.0");
    assertThat(JSON.read(JsonDocs.MINIMAL, IntegrationPlan.class).integrationManager()).isEqualTo("im-s-01");
  }

  @Test
  void schemaVersionIsFoundWhereverItStandsAtTheTopLevel() {
    String late = JsonDocs.replace(JsonDocs.MINIMAL, "\"schemaVersion\":\"1.0\",", "")
        .replace("\"person\":{\"pseudonym\":\"p-1\"}}", "\"person\":{\"pseudonym\":\"p-1\"},\"schemaVersion\":\"1.0\"}");
    assertThat(JSON.read(late, IntegrationPlan.class)).isEqualTo(JSON.read(JsonDocs.MINIMAL, IntegrationPlan.class));
    assertThat(JSON.read(late.getBytes(StandardCharsets.UTF_8), IntegrationPlan.class))
        .isEqualTo(JSON.read(JsonDocs.MINIMAL, IntegrationPlan.class));
  }

  @Test
  void aNestedSchemaVersionIsNotTheDocumentsVersion() {
    String nested = JsonDocs.replace(JsonDocs.MINIMAL, "\"schemaVersion\":\"1.0\",", "")
        .replace("\"status\":", "\"extensions\":[{\"url\":\"https://example.org/x\",\"value\":{\"schemaVersion\":\"9.0\"}}],\"status\":");
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(nested));
    assertThat(e.issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("schema.required", "/schemaVersion"));
  }

  @Test
  void anUnknownMajorIsReportedAtSchemaVersionAlone() {
    String future = JsonDocs.replace(JsonDocs.MINIMAL, "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"9.0\"");
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(future));
    assertThat(e.issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("schema.pattern", "/schemaVersion"));
  }

  @Test
  void aBrokenDocumentIsStillDiagnosed() {
    for (String broken : List.of("{\"schemaVersion\":", "{\"id\":[1,2", "[]", "")) {
      PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(broken));
      assertThat(e.issues()).as(broken).isNotEmpty();
    }
  }
}
