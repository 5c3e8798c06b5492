package de.integrationsplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The key intervals that the attacks use agree with the lookup itself. */
final class KeyIntervalTest {

  @Test
  void aKeyIsInTheIntervalOfThePublishedCountItGives() {
    CellKeyPerturbation table = CellKeyPerturbation.standard();
    SplittableRandom random = new SplittableRandom(4);
    for (int t = 0; t < 100_000; t++) {
      long n = random.nextInt(30);
      int key = random.nextInt();
      long published = table.perturb(n, key);
      long[] interval = table.keyInterval(n, published);
      long unsigned = Integer.toUnsignedLong(key);
      assertThat(unsigned).isGreaterThanOrEqualTo(interval[0]).isLessThan(interval[1]);
    }
  }
}
