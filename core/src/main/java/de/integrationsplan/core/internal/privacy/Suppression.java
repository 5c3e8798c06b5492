package de.integrationsplan.core.internal.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression (<em>Geheimhaltung</em>) over cells linked by additive relations
 * ({@code total = part1 + part2 + ...}).
 *
 * <ol>
 *   <li>Primary: every cell with a count from 1 to {@code threshold - 1} is suppressed.
 *   <li>Secondary, by relation: while some relation has exactly one suppressed member, the smallest
 *       non-zero unsuppressed member of it (a part before the total, then the first) is suppressed
 *       too; a zero only when no member is non-zero.
 *   <li>Secondary, by linear audit: the suppressed cells are the unknowns of the relations; where one
 *       of them is still determined by the published values (it lies on no cycle of suppressed
 *       cells, as a cell linking two suppressed rectangles does), the smallest candidate of one of its
 *       relations is suppressed, and step 2 runs again.
 * </ol>
 * Non-negativity is not used by the audit: it finds exact recomputation, not narrow intervals.
 */
public final class Suppression {

  private Suppression() {}

  /** {@code total = sum of parts}, as cell indices. */
  public record Relation(int total, int[] parts) {

    /** Canonical constructor; copies the parts. */
    public Relation {
      parts = parts.clone();
    }

    /** The total first, then the parts. */
    int[] members() {
      int[] m = new int[parts.length + 1];
      m[0] = total;
      System.arraycopy(parts, 0, m, 1, parts.length);
      return m;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Relation r && r.total == total && Arrays.equals(r.parts, parts);
    }

    @Override
    public int hashCode() {
      return 31 * total + Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
      return "Relation[" + total + "=" + Arrays.toString(parts) + "]";
    }
  }

  /**
   * The cells to suppress.
   *
   * @param values the counts
   * @param relations the published relations
   * @param threshold the smallest count shown; 1 suppresses nothing
   * @return per cell, whether it is suppressed
   */
  public static boolean[] suppress(long[] values, List<Relation> relations, int threshold) {
    boolean[] suppressed = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      suppressed[i] = values[i] >= 1 && values[i] < threshold;
    }
    List<List<Relation>> byCell = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      byCell.add(new ArrayList<>());
    }
    for (Relation r : relations) {
      for (int m : r.members()) {
        byCell.get(m).add(r);
      }
    }
    while (true) {
      byRelation(values, relations, suppressed);
      int determined = firstDetermined(relations, byCell, suppressed);
      if (determined < 0) {
        return suppressed;
      }
      boolean added = false;
      for (Relation r : byCell.get(determined)) {
        int c = candidate(values, r, suppressed);
        if (c >= 0) {
          suppressed[c] = true;
          added = true;
          break;
        }
      }
      if (!added) { // every member of its relations is suppressed already: cannot happen, be safe
        Arrays.fill(suppressed, true);
        return suppressed;
      }
    }
  }

  private static void byRelation(long[] values, List<Relation> relations, boolean[] suppressed) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relation r : relations) {
        int count = 0;
        for (int m : r.members()) {
          if (suppressed[m]) {
            count++;
          }
        }
        if (count == 1) {
          int c = candidate(values, r, suppressed);
          if (c >= 0) {
            suppressed[c] = true;
            changed = true;
          }
        }
      }
    }
  }

  /** The smallest non-zero unsuppressed member, parts before the total; else an unsuppressed zero. */
  private static int candidate(long[] values, Relation r, boolean[] suppressed) {
    int best = -1;
    int[] members = r.members();
    for (int k = 1; k <= members.length; k++) {
      int m = members[k % members.length]; // parts first, the total last
      if (suppressed[m]) {
        continue;
      }
      if (best < 0 || rank(values[m]) < rank(values[best])) {
        best = m;
      }
    }
    return best;
  }

  private static long rank(long value) {
    return value == 0 ? Long.MAX_VALUE : value;
  }

  /**
   * A suppressed cell that the published cells determine exactly, or -1. Works per connected group
   * of suppressed cells, by Gaussian elimination of the relations restricted to them.
   */
  static int firstDetermined(List<Relation> relations, List<List<Relation>> byCell, boolean[] suppressed) {
    Map<Integer, Integer> column = new HashMap<>();
    List<Integer> unknowns = new ArrayList<>();
    for (int i = 0; i < suppressed.length; i++) {
      if (suppressed[i]) {
        column.put(i, unknowns.size());
        unknowns.add(i);
      }
    }
    if (unknowns.isEmpty()) {
      return -1;
    }
    // group the unknowns: two are linked when they share a relation
    int[] parent = new int[unknowns.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<int[]> rows = new ArrayList<>();
    for (Relation r : relations) {
      int[] members = r.members();
      int first = -1;
      boolean any = false;
      for (int m : members) {
        Integer c = column.get(m);
        if (c != null) {
          any = true;
          if (first < 0) {
            first = c;
          } else {
            union(parent, first, c);
          }
        }
      }
      if (any) {
        rows.add(members);
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(find(parent, i), g -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<int[]>> groupRows = new HashMap<>();
    for (int[] members : rows) {
      for (int m : members) {
        Integer c = column.get(m);
        if (c != null) {
          groupRows.computeIfAbsent(find(parent, c), g -> new ArrayList<>()).add(members);
          break;
        }
      }
    }
    for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
      List<Integer> cols = group.getValue();
      Map<Integer, Integer> local = new HashMap<>();
      for (int k = 0; k < cols.size(); k++) {
        local.put(unknowns.get(cols.get(k)), k);
      }
      List<int[]> gr = groupRows.getOrDefault(group.getKey(), List.of());
      double[][] a = new double[gr.size()][cols.size()];
      for (int r = 0; r < gr.size(); r++) {
        int[] members = gr.get(r);
        for (int k = 0; k < members.length; k++) {
          Integer c = local.get(members[k]);
          if (c != null) {
            a[r][c] += k == 0 ? 1 : -1;
          }
        }
      }
      int determined = determinedColumn(a, cols.size());
      if (determined >= 0) {
        return unknowns.get(cols.get(determined));
      }
    }
    return -1;
  }

  /** A column fixed by {@code a x = b}: a pivot column whose row has no free column. */
  private static int determinedColumn(double[][] a, int n) {
    int rows = a.length;
    int[] pivotOfRow = new int[rows];
    Arrays.fill(pivotOfRow, -1);
    boolean[] pivot = new boolean[n];
    int r = 0;
    for (int c = 0; c < n && r < rows; c++) {
      int best = r;
      for (int i = r + 1; i < rows; i++) {
        if (Math.abs(a[i][c]) > Math.abs(a[best][c])) {
          best = i;
        }
      }
      if (Math.abs(a[best][c]) < 1e-9) {
        continue;
      }
      double[] t = a[r];
      a[r] = a[best];
      a[best] = t;
      double p = a[r][c];
      for (int j = 0; j < n; j++) {
        a[r][j] /= p;
      }
      for (int i = 0; i < rows; i++) {
        if (i != r && Math.abs(a[i][c]) > 1e-12) {
          double f = a[i][c];
          for (int j = 0; j < n; j++) {
            a[i][j] -= f * a[r][j];
          }
        }
      }
      pivot[c] = true;
      pivotOfRow[r] = c;
      r++;
    }
    for (int i = 0; i < r; i++) {
      boolean free = false;
      for (int j = 0; j < n && !free; j++) {
        free = !pivot[j] && Math.abs(a[i][j]) > 1e-9;
      }
      if (!free) {
        return pivotOfRow[i];
      }
    }
    return -1;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
