package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The builder and the entry points fail fast, naming the bad value. */
final class SyntheticPlansBuilderTest {

  @Test
  void defaultsAreSeedZeroAndTheDefaultReferenceDate() {
    SyntheticPlans generator = SyntheticPlans.builder().build();
    assertThat(generator.seed()).isZero();
    assertThat(generator.referenceDate()).isEqualTo(SyntheticPlans.DEFAULT_REFERENCE_DATE);
    assertThat(generator).hasToString("SyntheticPlans[seed=0, referenceDate=2026-11-25]");
  }

  @Test
  void rejectsReferenceDatesOutsideTheSupportedRange() {
    assertThatThrownBy(() -> SyntheticPlans.builder().referenceDate(LocalDate.of(2017, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referenceDate");
    assertThatThrownBy(() -> SyntheticPlans.builder().referenceDate(LocalDate.of(2100, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referenceDate");
    assertThatThrownBy(() -> SyntheticPlans.builder().referenceDate(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("referenceDate");
  }

  @Test
  void rejectsNegativeIndexesAndCounts() {
    SyntheticPlans generator = SyntheticPlans.withSeed(1);
    assertThatThrownBy(() -> generator.plan(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index");
    assertThatThrownBy(() -> generator.stream(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
    assertThatThrownBy(() -> generator.writeNdjson(-1, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
    assertThatThrownBy(() -> generator.writeNdjson(-1, 1, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
    assertThatThrownBy(() -> generator.writeNdjson(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void uuidsAreVersionFourAndUniqueAcrossManyPlans() {
    var ids = SyntheticPlans.withSeed(3).stream(2_000).map(p -> p.id()).toList();
    assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> {
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
    });
  }
}
