package de.integrationsplan.testing.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.integrationsplan.testing.ReaderAgreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every defect that {@link KnownDefects} lets through is still there, and is what lets its
 * example through: a fixed defect fails here until it is removed.
 */
final class KnownDefectsTest {

  @ParameterizedTest
  @EnumSource(KnownDefects.Defect.class)
  void theDefectIsStillThere(KnownDefects.Defect defect) {
    Throwable failure = catchThrowable(() -> ReaderAgreement.create().check(defect.example));

    assertThat(failure).as("%s seems fixed: remove it from KnownDefects", defect).isNotNull();
    assertThat(KnownDefects.DEFAULTS.explain(defect.example, failure)).isEqualTo(defect);
    assertThat(KnownDefects.DEFAULTS.check(defect.example)).as("let through").isNull();
  }
}
