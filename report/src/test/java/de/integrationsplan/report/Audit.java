package de.integrationsplan.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The attacker's exact linear audit of one published relation {@code total = part 1 + ... + part n}:
 * which true values each part can have, given every published value, the public perturbation
 * table (each true count lies among {@link CellKeyPerturbation#possibleCounts(long)} of its
 * published count) and the relation. Exact: a value is kept only when the other parts and the
 * total have values that complete the sum.
 */
final class Audit {

  private Audit() {}

  /**
   * @param table the public table
   * @param total the published total
   * @param parts the published parts (0 for a part not listed)
   * @return for each part, the true values it can have
   */
  static List<List<Long>> feasibleParts(CellKeyPerturbation table, long total, long[] parts) {
    List<List<Long>> sets = new ArrayList<>();
    int max = 0;
    for (long p : parts) {
      List<Long> s = table.possibleCounts(p);
      sets.add(s);
      max += s.get(s.size() - 1).intValue();
    }
    List<Long> totals = table.possibleCounts(total);
    int n = parts.length;
    // prefix[k]: the sums the parts before k can reach; suffix[k]: those from k on
    boolean[][] prefix = new boolean[n + 1][max + 1];
    boolean[][] suffix = new boolean[n + 1][max + 1];
    prefix[0][0] = true;
    for (int k = 0; k < n; k++) {
      for (int s = 0; s <= max; s++) {
        if (prefix[k][s]) {
          for (long v : sets.get(k)) {
            if (s + v <= max) {
              prefix[k + 1][(int) (s + v)] = true;
            }
          }
        }
      }
    }
    suffix[n][0] = true;
    for (int k = n - 1; k >= 0; k--) {
      for (int s = 0; s <= max; s++) {
        if (suffix[k + 1][s]) {
          for (long v : sets.get(k)) {
            if (s + v <= max) {
              suffix[k][(int) (s + v)] = true;
            }
          }
        }
      }
    }
    List<List<Long>> feasible = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      List<Long> ok = new ArrayList<>();
      for (long x : sets.get(k)) {
        boolean found = false;
        for (long t : totals) {
          long rest = t - x;
          if (rest < 0 || rest > max) {
            continue;
          }
          for (int a = 0; a <= rest && !found; a++) {
            if (prefix[k][a] && suffix[k + 1][(int) (rest - a)]) {
              found = true;
            }
          }
          if (found) {
            break;
          }
        }
        if (found) {
          ok.add(x);
        }
      }
      feasible.add(ok);
    }
    return feasible;
  }
}
