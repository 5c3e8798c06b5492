package de.integrationsplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.core.model.v2.V2Samples;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The versions of the format side by side, and the evolution policy (docs/versioning.md): each
 * document is read and checked as the version it names; a version this library does not know, a
 * newer minor of a known major included, gets one finding at {@code schemaVersion} and nothing else.
 */
final class FormatVersionsTest {

  private static final PlanValidator VALIDATOR = PlanValidator.builder().locale(Locale.ENGLISH).build();
  private static final PlanJson JSON = PlanJson.create();
  private static final String V2 = JSON.write(V2Samples.pharmacist());

  @Test
  void aTwoDotZeroDocumentIsReadAndCheckedAsFormatTwo() {
    ValidationReport report = VALIDATOR.validate(V2);
    assertThat(report.errors()).isEmpty();
    assertThat(report.plan()).isInstanceOf(IntegrationPlan.class);
    assertThat(report.plan(IntegrationPlan.class)).contains(V2Samples.pharmacist());
    assertThat(report.plan(de.integrationsplan.core.model.v1.IntegrationPlan.class)).isEmpty();
    assertThat(JSON.write(JSON.read(V2))).as("written back byte for byte").isEqualTo(V2);
  }

  @Test
  void askingForAnotherMajorIsRefusedWithOneFinding() {
    PlanFormatException e = catchThrowableOfType(PlanFormatException.class,
        () -> JSON.read(V2, de.integrationsplan.core.model.v1.IntegrationPlan.class));
    assertThat(e.issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(tuple("json.otherVersion", "/schemaVersion"));
    assertThat(e.issues().get(0).message()).contains("1.x");
  }

  @Test
  void aNewerMinorOfAKnownMajorGetsOneFindingInsteadOfAFlood() {
    // a 2.1 sender added a member the 2.0 core does not know: the receiver reports the version alone
    String newer = V2.replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"2.1\"")
        .replace("\"status\":", "\"addedIn21\":{\"x\":1},\"status\":");
    ValidationReport report = VALIDATOR.validate(newer);
    assertThat(report.issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(tuple("schema.pattern", "/schemaVersion"));
    assertThat(report.plan()).isNull();
  }

  @Test
  void aNewerMinorWithoutNewMembersIsStillNotGuessedAt() {
    String newer = V2.replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"2.1\"");
    assertThat(VALIDATOR.validate(newer).issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(tuple("schema.pattern", "/schemaVersion"));
  }

  @Test
  void theMajorDecidesTheModelAndItsRules() {
    // a format 2 plan labelled 1.0 is read as format 1, and fails as format 1 does
    String labelledOne = V2.replace("\"schemaVersion\":\"2.0\"", "\"schemaVersion\":\"1.0\"");
    ValidationReport report = VALIDATOR.validate(labelledOne);
    assertThat(report.plan()).isNull();
    assertThat(report.codes()).contains("schema.additionalProperties");
  }

  @Test
  void aPlanBuiltInJavaIsCheckedByTheRulesOfItsVersion() {
    Plan plan = V2Samples.pharmacistBuilder().schemaVersion("2.1").build();
    assertThat(VALIDATOR.validate(plan).issues()).extracting(ValidationIssue::code, ValidationIssue::pointer)
        .containsExactly(tuple("plan.schemaVersion2Format", "/schemaVersion"));
  }

  @Test
  void aPlanOfAnotherImplementationIsRefusedByName() {
    Plan foreign = new Plan() {
      @Override
      public java.util.UUID id() {
        return java.util.UUID.randomUUID();
      }

      @Override
      public String schemaVersion() {
        return "2.0";
      }
    };
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> VALIDATOR.validate(foreign))
        .withMessageContaining("not a plan of this library's model");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> JSON.write(foreign))
        .withMessageContaining("not a plan of this library's model");
  }

  @Test
  void askingForATypeThatIsNoVersionsPlanIsRefusedBeforeReading() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.read("not even JSON", Foreign.class))
        .withMessageContaining("not the plan type of a version");
    assertThat(JSON.read(V2, Plan.class)).isInstanceOf(IntegrationPlan.class);
  }

  /** A plan type of no version of the format. */
  private record Foreign(java.util.UUID id, String schemaVersion) implements Plan {}
}
