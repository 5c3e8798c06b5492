package de.integrationsplan.core.validation;

import static de.integrationsplan.core.validation.Variants.assertClean;
import static de.integrationsplan.core.validation.Variants.assertOnlyError;
import static de.integrationsplan.core.validation.Variants.base;

import de.integrationsplan.core.model.v1.Extension;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.model.v1.ResponsibleOrganisation;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules on the plan itself: times, schema version, organisation, manager, extensions. */
final class PlanFormatRulesTest {

  // created 2025-03-03T09:30:00+01:00

  @Test
  void rejectsUpdateBeforeCreation() {
    assertOnlyError(base().toBuilder().updated(OffsetDateTime.parse("2025-03-03T09:29:59+01:00")).build(),
        "plan.updatedBeforeCreated", "/updated");
  }

  @Test
  void acceptsUpdateAtCreation() {
    assertClean(base().toBuilder().updated(OffsetDateTime.parse("2025-03-03T09:30:00+01:00")).build());
  }

  @Test
  void acceptsUpdateAtSameInstantInAnotherOffset() {
    assertClean(base().toBuilder().updated(OffsetDateTime.parse("2025-03-03T08:30:00Z")).build());
  }

  @Test
  void comparesTimesAsInstantsNotAsLocalTimes() {
    // 09:00Z is later than 09:30+01:00 (08:30Z) although its local time is earlier
    assertClean(base().toBuilder().updated(OffsetDateTime.parse("2025-03-03T09:00:00Z")).build());
    // 10:00+02:00 (08:00Z) is earlier although its local time is later
    assertOnlyError(base().toBuilder().updated(OffsetDateTime.parse("2025-03-03T10:00:00+02:00")).build(),
        "plan.updatedBeforeCreated", "/updated");
  }

  @ParameterizedTest(name = "schema version {0} is accepted")
  @ValueSource(strings = {"1.0", "1.1", "1.12", "1.9999"})
  void acceptsSchemaVersion(String version) {
    assertClean(base().toBuilder().schemaVersion(version).build());
  }

  @ParameterizedTest(name = "schema version {0} is rejected")
  @ValueSource(strings = {"2.0", "1", "1.01", "1.0.0", "v1.0", "1.10000"})
  void rejectsSchemaVersion(String version) {
    assertOnlyError(base().toBuilder().schemaVersion(version).build(), "plan.schemaVersionFormat", "/schemaVersion");
  }

  @ParameterizedTest(name = "municipality key {0} is rejected")
  @ValueSource(strings = {"8221000", "082210000", "08 221 000", "0822100A"})
  void rejectsMalformedMunicipalityKey(String key) {
    assertOnlyError(base().toBuilder().responsibleOrganisation(ResponsibleOrganisation.of(key)).build(),
        "plan.organisation.agsFormat", "/responsibleOrganisation/municipalityKey");
  }

  @Test
  void acceptsMunicipalityKeyOfEightDigits() {
    assertClean(base().toBuilder().responsibleOrganisation(ResponsibleOrganisation.of("08111000")).build());
  }

  @Test
  void rejectsEmptyOrganisationName() {
    assertOnlyError(base().toBuilder().responsibleOrganisation(new ResponsibleOrganisation("08221000", "")).build(),
        "value.size", "/responsibleOrganisation/name");
  }

  @ParameterizedTest(name = "integration manager {0} is rejected")
  @ValueSource(strings = {"Max Mustermann", "-im", "im/hd", "ä-im"})
  void rejectsIntegrationManagerThatIsNoPseudonym(String manager) {
    assertOnlyError(base().toBuilder().integrationManager(manager).build(), "plan.pseudonymFormat", "/integrationManager");
  }

  @Test
  void rejectsBlankIntegrationManager() {
    IntegrationPlan plan = base().toBuilder().integrationManager(" ").build();
    org.assertj.core.api.Assertions.assertThat(Variants.validate(plan).codes())
        .containsExactly("plan.pseudonymFormat", "value.blank");
  }

  @Test
  void rejectsExtensionUrlThatIsNoUrl() {
    IntegrationPlan plan = base().toBuilder().extension(new Extension("vendor-flag", true)).build();
    assertOnlyError(plan, "plan.extension.urlFormat", "/extensions/2/url");
  }

  @Test
  void acceptsExtensionUrn() {
    assertClean(base().toBuilder().extension(new Extension("urn:vendor:flag", true)).build());
  }
}
