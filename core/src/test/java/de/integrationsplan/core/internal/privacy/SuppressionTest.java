package de.integrationsplan.core.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppression on hand-made tables, including a pattern the single-relation rule misses. */
final class SuppressionTest {

  @Test
  void aSmallCellAloneInItsRowPullsTheNextSmallestWithIt() {
    // row: total 20 = 3 + 7 + 10
    boolean[] s = Suppression.suppress(new long[] {20, 3, 7, 10},
        List.of(new Suppression.Relation(0, new int[] {1, 2, 3})), 5);
    assertThat(s).containsExactly(false, true, true, false);
  }

  @Test
  void zerosAreShownAndNotChosenWhileANonZeroCellIsThere() {
    boolean[] s = Suppression.suppress(new long[] {12, 2, 0, 10},
        List.of(new Suppression.Relation(0, new int[] {1, 2, 3})), 5);
    assertThat(s).containsExactly(false, true, false, true);
  }

  @Test
  void thresholdOneSuppressesNothing() {
    boolean[] s = Suppression.suppress(new long[] {3, 1, 2},
        List.of(new Suppression.Relation(0, new int[] {1, 2})), 1);
    assertThat(s).containsOnly(false);
  }

  @Test
  void cellLinkingTwoSuppressedRectanglesIsProtectedByTheAudit() {
    // a 4x4 table with row and column totals; the suppressed pattern: rectangle (r0,r1)x(c0,c1),
    // rectangle (r2,r3)x(c2,c3), and the bridge (r0,c2). Every row and column has two or more
    // suppressed cells, yet the bridge is recomputable: x02 = R0 - (C0 + C1 - R1).
    int n = 4;
    long[] values = new long[(n + 1) * (n + 1)];
    boolean[] primary = new boolean[values.length];
    int[][] pattern = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {0, 2}};
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        values[r * (n + 1) + c] = 50;
      }
    }
    for (int[] p : pattern) {
      values[p[0] * (n + 1) + p[1]] = 2; // small: suppressed primarily
      primary[p[0] * (n + 1) + p[1]] = true;
    }
    List<Suppression.Relation> relations = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      int[] parts = new int[n];
      long sum = 0;
      for (int c = 0; c < n; c++) {
        parts[c] = r * (n + 1) + c;
        sum += values[parts[c]];
      }
      values[r * (n + 1) + n] = sum;
      relations.add(new Suppression.Relation(r * (n + 1) + n, parts));
    }
    for (int c = 0; c <= n; c++) {
      int[] parts = new int[n];
      long sum = 0;
      for (int r = 0; r < n; r++) {
        parts[r] = r * (n + 1) + c;
        sum += values[parts[r]];
      }
      values[n * (n + 1) + c] = sum;
      relations.add(new Suppression.Relation(n * (n + 1) + c, parts));
    }
    boolean[] s = Suppression.suppress(values, relations, 5);
    int extra = 0;
    for (int i = 0; i < s.length; i++) {
      assertThat(s[i] || !primary[i]).isTrue();
      if (s[i] && !primary[i]) {
        extra++;
      }
    }
    assertThat(extra).as("the audit adds a complementary cell").isPositive();
    List<List<Suppression.Relation>> byCell = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      byCell.add(new ArrayList<>());
    }
    assertThat(Suppression.firstDetermined(relations, byCell, s)).isEqualTo(-1);
    boolean[] withoutAudit = primary.clone();
    assertThat(Suppression.firstDetermined(relations, byCell, withoutAudit)).isEqualTo(2); // the bridge, (0,2)
  }
}
