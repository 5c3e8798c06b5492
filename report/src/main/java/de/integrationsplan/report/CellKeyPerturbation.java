package de.integrationsplan.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cell-key method (<em>Cell-Key-Methode</em>) for counts: a perturbation table that maps a
 * cell's true count and its cell key to the count that is published. The cell key is the sum of
 * the record keys of the records in the cell, modulo 1; a record's key is fixed for the record, so
 * the same cell always gets the same noise, in every release.
 *
 * <p>The table is built as the R package {@code ptable} (Destatis, SGA "Open source tools for
 * perturbative confidentiality methods") builds one for frequency counts ({@code create_cnt_ptable}):
 * for every true count {@code i} up to {@code D + js + 1} (the last row serves all larger counts)
 * the probabilities of the noise {@code v} in {@code [-D, D]} are those of maximum entropy with mean
 * 0 and variance {@code V}, with no target count below 0 and none from 1 to {@code js}; a count of
 * 0 stays 0. The maximum-entropy distribution under these constraints has the form
 * {@code p(v) ~ exp(a v + b v²)}; {@code a} and {@code b} are found by Newton's method on the dual.
 * Unlike {@code ptable} the optional monotony side condition is not imposed.
 *
 * <p>{@link #standard()} is the table with {@code D = 5}, {@code V = 3}, {@code js = 2}, the
 * example for counts with blocked small values in the vignette of {@code ptable}. Instances are
 * immutable and thread-safe.
 */
public final class CellKeyPerturbation {

  /** 2^32: record and cell keys are 32-bit fractions of 1. */
  private static final double TWO_TO_32 = 4294967296.0;

  private static final CellKeyPerturbation STANDARD = new CellKeyPerturbation(5, 3.0, 2);

  private final int maxNoise;
  private final double variance;
  private final int blockedUpTo;
  /** rows[i]: the probabilities of the targets lowest[i] .. lowest[i] + length - 1. */
  private final double[][] rows;
  private final int[] lowest;
  /** upper[i][k]: the cumulative probability up to target k, as a 32-bit key bound. */
  private final long[][] upper;

  private CellKeyPerturbation(int maxNoise, double variance, int blockedUpTo) {
    this.maxNoise = maxNoise;
    this.variance = variance;
    this.blockedUpTo = blockedUpTo;
    int n = maxNoise + blockedUpTo + 2;
    rows = new double[n][];
    lowest = new int[n];
    upper = new long[n][];
    rows[0] = new double[] {1.0};
    lowest[0] = 0;
    for (int i = 1; i < n; i++) {
      int lo = Math.max(0, i - maxNoise);
      List<Integer> targets = new ArrayList<>();
      for (int j = lo; j <= i + maxNoise; j++) {
        if (j == 0 || j > blockedUpTo) {
          targets.add(j);
        }
      }
      double[] v = new double[targets.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = targets.get(k) - i;
      }
      double[] p = maximumEntropy(v, variance);
      // the row as dense targets from lo: blocked targets get probability 0
      double[] dense = new double[i + maxNoise - lo + 1];
      for (int k = 0; k < v.length; k++) {
        dense[targets.get(k) - lo] = p[k];
      }
      rows[i] = dense;
      lowest[i] = lo;
    }
    for (int i = 0; i < n; i++) {
      long[] up = new long[rows[i].length];
      double sum = 0;
      for (int k = 0; k < up.length; k++) {
        sum += rows[i][k];
        up[k] = Math.round(sum * TWO_TO_32);
      }
      up[up.length - 1] = (long) TWO_TO_32;
      upper[i] = up;
    }
  }

  /**
   * The table of the report: maximum noise 5, variance 3, published counts of 1 and 2 blocked.
   *
   * @return the standard table
   */
  public static CellKeyPerturbation standard() {
    return STANDARD;
  }

  /**
   * A table of other parameters, for comparison and tests.
   *
   * @param maxNoise the maximum noise {@code D}, at least 1
   * @param variance the variance {@code V} of the noise, positive
   * @param blockedUpTo {@code js}: published counts from 1 to this are never published, 0 or more
   * @return the table
   * @throws IllegalArgumentException when a parameter is out of range or no distribution meets them
   */
  public static CellKeyPerturbation of(int maxNoise, double variance, int blockedUpTo) {
    if (maxNoise < 1 || maxNoise > 50) {
      throw new IllegalArgumentException("maxNoise must be from 1 to 50: " + maxNoise);
    }
    if (!(variance > 0) || variance > maxNoise * (double) maxNoise) {
      throw new IllegalArgumentException("variance must be positive and at most maxNoise²: " + variance);
    }
    if (blockedUpTo < 0 || blockedUpTo > maxNoise) {
      throw new IllegalArgumentException("blockedUpTo must be from 0 to maxNoise: " + blockedUpTo);
    }
    return new CellKeyPerturbation(maxNoise, variance, blockedUpTo);
  }

  /** @return the maximum noise {@code D}: no published count differs from the true one by more */
  public int maxNoise() {
    return maxNoise;
  }

  /** @return the variance {@code V} of the noise of counts of {@code D + js + 1} and more */
  public double variance() {
    return variance;
  }

  /** @return {@code js}: no count from 1 to this is ever published */
  public int blockedUpTo() {
    return blockedUpTo;
  }

  /**
   * The published count of a cell.
   *
   * @param count the true count, 0 or more
   * @param cellKey the cell key as a 32-bit fraction of 1 (the sum of the record keys, wrapping)
   * @return the published count: 0 for 0, otherwise within {@link #maxNoise()} of the count, never
   *     from 1 to {@link #blockedUpTo()}
   */
  public long perturb(long count, int cellKey) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    int row = (int) Math.min(count, rows.length - 1);
    long key = Integer.toUnsignedLong(cellKey);
    long[] up = upper[row];
    int k = 0;
    // the target whose interval (lower, upper] holds the key; a key of 0 takes the first
    while (k < up.length - 1 && key >= up[k]) {
      k++;
    }
    while (rows[row][k] == 0) { // a blocked target has an empty interval; never chosen
      k++;
    }
    return lowest[row] + k + (count - row);
  }

  /**
   * The true counts from which a published count can come: those whose row gives the published
   * count a positive probability. The attacker's view of one cell.
   *
   * @param published a published count
   * @return the possible true counts, ascending
   */
  public List<Long> possibleCounts(long published) {
    List<Long> result = new ArrayList<>();
    for (long i = Math.max(0, published - maxNoise); i <= published + maxNoise; i++) {
      if (probability(i, published) > 0) {
        result.add(i);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The probability that a true count is published as a given count.
   *
   * @param count the true count
   * @param published the published count
   * @return the probability, 0 when it cannot happen
   */
  public double probability(long count, long published) {
    int row = (int) Math.min(count, rows.length - 1);
    long shift = count - row;
    long k = published - shift - lowest[row];
    return k < 0 || k >= rows[row].length ? 0 : rows[row][(int) k];
  }

  /**
   * The cell keys (as unsigned 32-bit numbers) for which a count is published as a given count:
   * {@code [from, until)}, empty when {@code from == until}.
   */
  long[] keyInterval(long count, long published) {
    int row = (int) Math.min(count, rows.length - 1);
    long k = published - (count - row) - lowest[row];
    if (k < 0 || k >= rows[row].length || rows[row][(int) k] == 0) {
      return new long[] {0, 0};
    }
    long from = k == 0 ? 0 : upper[row][(int) k - 1];
    return new long[] {from, upper[row][(int) k]};
  }

  /** @return the number of rows: the last one serves all larger counts */
  int rowCount() {
    return rows.length;
  }

  /** @return the probabilities of row i, dense from its lowest target */
  double[] row(int i) {
    return rows[i].clone();
  }

  /** @return the lowest target of row i */
  int lowestTarget(int i) {
    return lowest[i];
  }

  /**
   * The maximum-entropy distribution over the noises v with mean 0 and variance at most V:
   * p ~ exp(a v + b v²), by Newton's method on the convex dual log Z(a, b) - b V, with b kept
   * at most 0 (when the variance is not binding, b = 0).
   */
  static double[] maximumEntropy(double[] v, double variance) {
    double[] withVariance = solve(v, variance, true);
    if (withVariance != null) {
      return withVariance;
    }
    double[] meanOnly = solve(v, variance, false);
    if (meanOnly == null) {
      throw new IllegalArgumentException("no distribution with mean 0 and variance " + variance);
    }
    return meanOnly;
  }

  private static double @org.jspecify.annotations.Nullable [] solve(double[] v, double variance, boolean useVariance) {
    double a = 0;
    double b = 0;
    for (int iter = 0; iter < 500; iter++) {
      double[] p = distribution(v, a, b);
      double m1 = 0;
      double m2 = 0;
      double m3 = 0;
      double m4 = 0;
      for (int k = 0; k < v.length; k++) {
        m1 += p[k] * v[k];
        m2 += p[k] * v[k] * v[k];
        m3 += p[k] * v[k] * v[k] * v[k];
        m4 += p[k] * v[k] * v[k] * v[k] * v[k];
      }
      double g1 = m1;
      double g2 = useVariance ? m2 - variance : 0;
      if (Math.abs(g1) < 1e-13 && Math.abs(g2) < 1e-12) {
        if (useVariance && b > 1e-12) {
          return null; // the variance bound is not binding: the mean-only solution has less variance
        }
        if (!useVariance && m2 > variance + 1e-9) {
          return null;
        }
        return p;
      }
      // Hessian of log Z: the covariance of (v, v²)
      double h11 = m2 - m1 * m1;
      double h12 = m3 - m1 * m2;
      double h22 = m4 - m2 * m2;
      double da;
      double db;
      if (useVariance) {
        double det = h11 * h22 - h12 * h12;
        if (!(Math.abs(det) > 1e-300)) {
          return null;
        }
        da = (h22 * g1 - h12 * g2) / det;
        db = (h11 * g2 - h12 * g1) / det;
      } else {
        if (!(h11 > 1e-300)) {
          return null;
        }
        da = g1 / h11;
        db = 0;
      }
      double step = 1;
      double before = Math.hypot(g1, g2);
      // damped: halve the step until the gradient shrinks
      for (int half = 0; half < 60; half++) {
        double[] q = distribution(v, a - step * da, b - step * db);
        double q1 = 0;
        double q2 = 0;
        for (int k = 0; k < v.length; k++) {
          q1 += q[k] * v[k];
          q2 += q[k] * v[k] * v[k];
        }
        double after = Math.hypot(q1, useVariance ? q2 - variance : 0);
        if (after < before || half == 59) {
          break;
        }
        step /= 2;
      }
      a -= step * da;
      b -= step * db;
    }
    return null;
  }

  private static double[] distribution(double[] v, double a, double b) {
    double max = Double.NEGATIVE_INFINITY;
    double[] e = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      e[k] = a * v[k] + b * v[k] * v[k];
      max = Math.max(max, e[k]);
    }
    double sum = 0;
    for (int k = 0; k < v.length; k++) {
      e[k] = Math.exp(e[k] - max);
      sum += e[k];
    }
    for (int k = 0; k < v.length; k++) {
      e[k] /= sum;
    }
    return e;
  }

  @Override
  public String toString() {
    return "CellKeyPerturbation[D=" + maxNoise + ", V=" + variance + ", js=" + blockedUpTo + "]";
  }
}
