package de.integrationsplan.report.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Counts per cell in bounded memory: at most {@code maxInMemory} cells (and distinct units) are
 * held in memory; beyond that the held ones are written, sorted, to a run file in a temporary
 * folder, and at the end the runs are merged. So memory does not grow with the number of distinct
 * municipality keys or providers, however many the input names; disk does, by a few dozen bytes
 * per cell and run.
 *
 * <p>Two kinds of contribution: {@link #add} adds one record to a cell (a plan, a contact: each is
 * added once), {@link #addDistinct} adds a unit that may come more than once (a person with two
 * plans) and is counted once per cell; its key is taken once. Not thread-safe.
 */
public final class SpillingCounts implements Closeable {

  private final int maxInMemory;
  private final Path folder;
  private final Map<String, long[]> counts = new HashMap<>();
  private final Set<Distinct> distinct = new HashSet<>();
  private final List<Path> countRuns = new ArrayList<>();
  private final List<Path> distinctRuns = new ArrayList<>();
  private boolean closed;

  /** A unit in a cell: its id and the unit's 64-bit identity, whose high half is its key. */
  private record Distinct(String id, long unit) implements Comparable<Distinct> {
    @Override
    public int compareTo(Distinct o) {
      int c = id.compareTo(o.id);
      return c != 0 ? c : Long.compare(unit, o.unit);
    }
  }

  /**
   * @param maxInMemory the cells and distinct units held before a run is written, at least 1
   * @throws UncheckedIOException when the temporary folder cannot be made
   */
  public SpillingCounts(int maxInMemory) {
    if (maxInMemory < 1) {
      throw new IllegalArgumentException("maxInMemory must be at least 1: " + maxInMemory);
    }
    this.maxInMemory = maxInMemory;
    try {
      this.folder = Files.createTempDirectory("integrationsplan-report");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one record of the given key to the cell. */
  public void add(String id, int recordKey) {
    long[] c = counts.computeIfAbsent(id, k -> new long[2]);
    c[0]++;
    c[1] += Integer.toUnsignedLong(recordKey);
    if (counts.size() > maxInMemory) {
      spillCounts();
    }
  }

  /** Adds a unit to the cell, once however often it is added; its key is the high half of {@code unit}. */
  public void addDistinct(String id, long unit) {
    distinct.add(new Distinct(id, unit));
    if (distinct.size() > maxInMemory) {
      spillDistinct();
    }
  }

  /** @return the run files written so far (for tests of the bound) */
  public int runs() {
    return countRuns.size() + distinctRuns.size();
  }

  private void spillCounts() {
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(null);
    Path run = folder.resolve("c" + countRuns.size());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
      for (String id : ids) {
        long[] c = counts.get(id);
        out.writeUTF(id);
        out.writeLong(c[0]);
        out.writeInt((int) c[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    countRuns.add(run);
    counts.clear();
  }

  private void spillDistinct() {
    List<Distinct> all = new ArrayList<>(distinct);
    all.sort(null);
    Path run = folder.resolve("d" + distinctRuns.size());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
      for (Distinct d : all) {
        out.writeUTF(d.id);
        out.writeLong(d.unit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    distinctRuns.add(run);
    distinct.clear();
  }

  /**
   * Ends the counting: writes what is held, so that {@link #totals()} can be read as often as
   * needed.
   */
  public void finish() {
    if (!counts.isEmpty() || countRuns.isEmpty()) {
      spillCounts();
    }
    if (!distinct.isEmpty() || distinctRuns.isEmpty()) {
      spillDistinct();
    }
  }

  /**
   * The cells, sorted by id, each once: the counts merged from every run. Call {@link #finish()}
   * first; each call reads the runs anew. Close the iterator's runs by reading it to its end.
   *
   * @return the cells in id order
   */
  public Iterator<CellTotal> totals() {
    Iterator<CellTotal> a = new CountMerge(countRuns);
    Iterator<CellTotal> b = new DistinctMerge(distinctRuns);
    return new Union(a, b);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<Path> all = new ArrayList<>(countRuns);
    all.addAll(distinctRuns);
    for (Path p : all) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // best effort: the temporary folder is the system's
      }
    }
    try {
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // as above
    }
  }

  /** A sorted run, read one entry ahead. */
  private abstract static class Run<T> implements Comparable<Run<T>> {
    final DataInputStream in;
    @Nullable String id;

    Run(Path path) {
      try {
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    abstract void readRest() throws IOException;

    /** Reads the next entry; {@code id} is null at the end. */
    final void advance() {
      try {
        id = in.readUTF();
        readRest();
      } catch (EOFException e) {
        id = null;
        try {
          in.close();
        } catch (IOException ignored) {
          // read to its end
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public int compareTo(Run<T> o) {
      return java.util.Objects.requireNonNull(id).compareTo(java.util.Objects.requireNonNull(o.id));
    }
  }

  private static final class CountRun extends Run<CountRun> {
    long count;
    int key;

    CountRun(Path path) {
      super(path);
      advance();
    }

    @Override
    void readRest() throws IOException {
      count = in.readLong();
      key = in.readInt();
    }
  }

  private static final class DistinctRun extends Run<DistinctRun> {
    long unit;

    DistinctRun(Path path) {
      super(path);
      advance();
    }

    @Override
    void readRest() throws IOException {
      unit = in.readLong();
    }

    @Override
    public int compareTo(Run<DistinctRun> o) {
      int c = super.compareTo(o);
      return c != 0 ? c : Long.compare(unit, ((DistinctRun) o).unit);
    }
  }

  /** The count runs merged: equal ids summed. */
  private static final class CountMerge implements Iterator<CellTotal> {
    private final PriorityQueue<CountRun> queue = new PriorityQueue<>();

    CountMerge(List<Path> runs) {
      for (Path p : runs) {
        CountRun r = new CountRun(p);
        if (r.id != null) {
          queue.add(r);
        }
      }
    }

    @Override
    public boolean hasNext() {
      return !queue.isEmpty();
    }

    @Override
    public CellTotal next() {
      CountRun first = queue.peek();
      if (first == null) {
        throw new NoSuchElementException();
      }
      String id = java.util.Objects.requireNonNull(first.id);
      long count = 0;
      int key = 0;
      while (!queue.isEmpty() && id.equals(queue.peek().id)) {
        CountRun r = queue.poll();
        count += r.count;
        key += r.key;
        r.advance();
        if (r.id != null) {
          queue.add(r);
        }
      }
      return new CellTotal(id, count, key);
    }
  }

  /** The distinct runs merged: each (id, unit) once, counted per id. */
  private static final class DistinctMerge implements Iterator<CellTotal> {
    private final PriorityQueue<DistinctRun> queue = new PriorityQueue<>();

    DistinctMerge(List<Path> runs) {
      for (Path p : runs) {
        DistinctRun r = new DistinctRun(p);
        if (r.id != null) {
          queue.add(r);
        }
      }
    }

    @Override
    public boolean hasNext() {
      return !queue.isEmpty();
    }

    @Override
    public CellTotal next() {
      DistinctRun first = queue.peek();
      if (first == null) {
        throw new NoSuchElementException();
      }
      String id = java.util.Objects.requireNonNull(first.id);
      long count = 0;
      int key = 0;
      boolean any = false;
      long last = 0;
      while (!queue.isEmpty() && id.equals(queue.peek().id)) {
        DistinctRun r = queue.poll();
        if (!any || r.unit != last) {
          count++;
          key += (int) (r.unit >>> 32);
          last = r.unit;
          any = true;
        }
        r.advance();
        if (r.id != null) {
          queue.add(r);
        }
      }
      return new CellTotal(id, count, key);
    }
  }

  /** Two sorted streams of cells as one; a cell in both is summed. */
  private static final class Union implements Iterator<CellTotal> {
    private final Iterator<CellTotal> a;
    private final Iterator<CellTotal> b;
    private @Nullable CellTotal nextA;
    private @Nullable CellTotal nextB;

    Union(Iterator<CellTotal> a, Iterator<CellTotal> b) {
      this.a = a;
      this.b = b;
      nextA = a.hasNext() ? a.next() : null;
      nextB = b.hasNext() ? b.next() : null;
    }

    @Override
    public boolean hasNext() {
      return nextA != null || nextB != null;
    }

    @Override
    public CellTotal next() {
      CellTotal x = nextA;
      CellTotal y = nextB;
      if (x == null && y == null) {
        throw new NoSuchElementException();
      }
      int c = x == null ? 1 : y == null ? -1 : x.id().compareTo(y.id());
      if (c < 0) {
        nextA = a.hasNext() ? a.next() : null;
        return java.util.Objects.requireNonNull(x);
      }
      if (c > 0) {
        nextB = b.hasNext() ? b.next() : null;
        return java.util.Objects.requireNonNull(y);
      }
      nextA = a.hasNext() ? a.next() : null;
      nextB = b.hasNext() ? b.next() : null;
      return new CellTotal(x.id(), x.count() + y.count(), x.keySum() + y.keySum());
    }
  }
}
