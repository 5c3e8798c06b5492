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
      SparseRow[] a = new SparseRow[gr.size()];
      for (int r = 0; r < gr.size(); r++) {
        int[] members = gr.get(r);
        Map<Integer, Double> row = new HashMap<>();
        for (int k = 0; k < members.length; k++) {
          Integer c = local.get(members[k]);
          if (c != null) {
            row.merge(c, k == 0 ? 1.0 : -1.0, Double::sum);
          }
        }
        a[r] = SparseRow.of(row);
      }
      int determined = determinedColumn(a, cols.size());
      if (determined >= 0) {
        return unknowns.get(cols.get(determined));
      }
    }
    return -1;
  }

  /**
   * A column fixed by {@code a x = b}: a pivot column whose row of the reduced row echelon form has
   * no free column; the smallest such column, or -1. Gauss-Jordan elimination on sparse rows, the
   * columns in order: the reduced form is unique, so the answer is that of the dense elimination,
   * but memory follows the non-zero entries, not rows times columns (a group of thousands of
   * suppressed cells, as small municipalities give, held as a dense matrix would need gigabytes).
   * A pivot is the row with the fewest entries, which keeps the fill-in small.
   */
  private static int determinedColumn(SparseRow[] a, int n) {
    List<List<Integer>> rowsOfColumn = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      rowsOfColumn.add(new ArrayList<>());
    }
    for (int i = 0; i < a.length; i++) {
      for (int c : a[i].columns) {
        rowsOfColumn.get(c).add(i);
      }
    }
    boolean[] pivot = new boolean[n];
    boolean[] pivotRow = new boolean[a.length];
    int[] pivotOfRow = new int[a.length];
    Arrays.fill(pivotOfRow, -1);
    for (int c = 0; c < n; c++) {
      int best = -1;
      for (int i : rowsOfColumn.get(c)) {
        if (pivotRow[i] || Math.abs(a[i].get(c)) < 1e-9) {
          continue;
        }
        if (best < 0 || a[i].columns.length < a[best].columns.length
            || (a[i].columns.length == a[best].columns.length && Math.abs(a[i].get(c)) > Math.abs(a[best].get(c)))) {
          best = i;
        }
      }
      if (best < 0) {
        continue;
      }
      a[best] = a[best].scaled(1 / a[best].get(c));
      for (int i : new ArrayList<>(rowsOfColumn.get(c))) {
        double f = i == best ? 0 : a[i].get(c);
        if (Math.abs(f) > 1e-12) {
          SparseRow before = a[i];
          a[i] = before.minus(f, a[best], c);
          for (int j : a[i].columns) {
            if (before.indexOf(j) < 0) {
              rowsOfColumn.get(j).add(i);
            }
          }
        }
      }
      // rows that no longer hold c stay listed under it; get(c) is then 0 and they are passed over
      pivot[c] = true;
      pivotRow[best] = true;
      pivotOfRow[best] = c;
    }
    int first = -1;
    for (int i = 0; i < a.length; i++) {
      if (!pivotRow[i] || (first >= 0 && pivotOfRow[i] > first)) {
        continue;
      }
      boolean free = false;
      for (int k = 0; k < a[i].columns.length && !free; k++) {
        free = !pivot[a[i].columns[k]] && Math.abs(a[i].values[k]) > 1e-9;
      }
      if (!free) {
        first = pivotOfRow[i];
      }
    }
    return first;
  }

  /** A row of the elimination: its non-zero entries, by column in ascending order. */
  private static final class SparseRow {
    final int[] columns;
    final double[] values;

    private SparseRow(int[] columns, double[] values) {
      this.columns = columns;
      this.values = values;
    }

    static SparseRow of(Map<Integer, Double> entries) {
      int[] columns = entries.entrySet().stream().filter(e -> e.getValue() != 0).mapToInt(Map.Entry::getKey)
          .sorted().toArray();
      double[] values = new double[columns.length];
      for (int k = 0; k < columns.length; k++) {
        values[k] = entries.get(columns[k]);
      }
      return new SparseRow(columns, values);
    }

    int indexOf(int column) {
      return Arrays.binarySearch(columns, column);
    }

    double get(int column) {
      int k = indexOf(column);
      return k < 0 ? 0 : values[k];
    }

    SparseRow scaled(double factor) {
      double[] v = values.clone();
      for (int k = 0; k < v.length; k++) {
        v[k] *= factor;
      }
      return new SparseRow(columns, v);
    }

    /** {@code this - f * other}, with column {@code eliminated} exactly 0 and entries below 1e-12 dropped. */
    SparseRow minus(double f, SparseRow other, int eliminated) {
      int[] cols = new int[columns.length + other.columns.length];
      double[] vals = new double[cols.length];
      int n = 0;
      int i = 0;
      int j = 0;
      while (i < columns.length || j < other.columns.length) {
        int c;
        double v;
        if (j >= other.columns.length || (i < columns.length && columns[i] < other.columns[j])) {
          c = columns[i];
          v = values[i++];
        } else if (i >= columns.length || other.columns[j] < columns[i]) {
          c = other.columns[j];
          v = -f * other.values[j++];
        } else {
          c = columns[i];
          v = values[i++] - f * other.values[j++];
        }
        if (c != eliminated && Math.abs(v) > 1e-12) {
          cols[n] = c;
          vals[n++] = v;
        }
      }
      return new SparseRow(Arrays.copyOf(cols, n), Arrays.copyOf(vals, n));
    }
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
