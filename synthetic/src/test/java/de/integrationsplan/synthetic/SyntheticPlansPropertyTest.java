package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Validity does not depend on a lucky seed. */
final class SyntheticPlansPropertyTest {

  @Property(tries = 50)
  void everySeedGivesValidPlans(@ForAll long seed) {
    assertThat(SyntheticPlansValidityTest.findings(SyntheticPlans.withSeed(seed), 20)).isEmpty();
  }

  @Property(tries = 30)
  void everyPastReferenceDateGivesValidPlans(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3200) int daysBack) {
    LocalDate referenceDate = SyntheticPlans.DEFAULT_REFERENCE_DATE.minusDays(daysBack);
    SyntheticPlans generator = SyntheticPlans.builder().seed(seed).referenceDate(referenceDate).build();
    assertThat(SyntheticPlansValidityTest.findings(generator, 10)).isEmpty();
  }

  @Property(tries = 30)
  void everyIndexGivesTheSamePlanTwice(@ForAll long seed, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int index) {
    assertThat(SyntheticPlans.withSeed(seed).plan(index)).isEqualTo(SyntheticPlans.withSeed(seed).plan(index));
  }
}
