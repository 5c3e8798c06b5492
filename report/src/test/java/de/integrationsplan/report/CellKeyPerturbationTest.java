package de.integrationsplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The perturbation table: the constraints of ptable's construction, and the lookup by cell key. */
final class CellKeyPerturbationTest {

  private final CellKeyPerturbation table = CellKeyPerturbation.standard();

  @Test
  void standardHasTheParametersOfTheVignettesExampleWithBlockedSmallValues() {
    assertThat(table.maxNoise()).isEqualTo(5);
    assertThat(table.variance()).isEqualTo(3.0);
    assertThat(table.blockedUpTo()).isEqualTo(2);
    assertThat(table.rowCount()).isEqualTo(5 + 2 + 2); // rows 0 .. D + js + 1
  }

  @Test
  void everyRowIsADistributionWithMeanZeroAndTheVarianceAtMostV() {
    for (int i = 0; i < table.rowCount(); i++) {
      double[] p = table.row(i);
      int lowest = table.lowestTarget(i);
      double sum = 0;
      double mean = 0;
      double var = 0;
      for (int k = 0; k < p.length; k++) {
        int noise = lowest + k - i;
        assertThat(p[k]).isBetween(0.0, 1.0);
        assertThat(Math.abs(noise)).isLessThanOrEqualTo(5);
        sum += p[k];
        mean += p[k] * noise;
        var += p[k] * noise * noise;
      }
      assertThat(sum).as("row %d sums to 1", i).isCloseTo(1.0, within(1e-12));
      assertThat(mean).as("row %d is unbiased", i).isCloseTo(0.0, within(1e-9));
      assertThat(var).as("row %d variance", i).isLessThanOrEqualTo(3.0 + 1e-9);
    }
    // the symmetric last row, which serves all larger counts, has the full variance
    double[] last = table.row(table.rowCount() - 1);
    double var = 0;
    for (int k = 0; k < last.length; k++) {
      int noise = table.lowestTarget(table.rowCount() - 1) + k - (table.rowCount() - 1);
      var += last[k] * noise * noise;
    }
    assertThat(var).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void zeroStaysZeroAndNoCountFromOneToTwoIsEverPublished() {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 0; n < 60; n++) {
      for (int t = 0; t < 2000; t++) {
        long published = table.perturb(n, random.nextInt());
        if (n == 0) {
          assertThat(published).isZero();
        }
        assertThat(published).isNotIn(1L, 2L);
        assertThat(Math.abs(published - n)).isLessThanOrEqualTo(5);
        assertThat(published).isNotNegative();
      }
    }
  }

  @Test
  void theLookupFollowsTheRowsProbabilities() {
    // over evenly spread cell keys the published values have the row's frequencies
    int n = 20;
    int keys = 1 << 20;
    long[] seen = new long[11];
    for (int k = 0; k < keys; k++) {
      long published = table.perturb(n, k << 12);
      seen[(int) (published - n + 5)]++;
    }
    for (int v = -5; v <= 5; v++) {
      assertThat(seen[v + 5] / (double) keys).isCloseTo(table.probability(n, n + v), within(1e-5));
    }
  }

  @Test
  void theSameCellKeyAlwaysGivesTheSameNoise() {
    SplittableRandom random = new SplittableRandom(2);
    for (int t = 0; t < 1000; t++) {
      int key = random.nextInt();
      long n = random.nextInt(1000);
      assertThat(table.perturb(n, key)).isEqualTo(table.perturb(n, key));
    }
  }

  @Test
  void possibleCountsAreThoseThatCanGiveThePublishedCount() {
    assertThat(table.possibleCounts(0)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(table.possibleCounts(3)).doesNotContain(0L).contains(1L, 2L, 8L);
    for (long published = 3; published < 40; published++) {
      assertThat(table.possibleCounts(published)).hasSizeGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void refusesParametersNoTableCanMeet() {
    assertThatThrownBy(() -> CellKeyPerturbation.of(0, 1, 0)).hasMessageContaining("maxNoise");
    assertThatThrownBy(() -> CellKeyPerturbation.of(2, 5, 0)).hasMessageContaining("variance");
    assertThatThrownBy(() -> CellKeyPerturbation.of(2, 1, 3)).hasMessageContaining("blockedUpTo");
    assertThatThrownBy(() -> table.perturb(-1, 0)).hasMessageContaining("negative");
  }
}
