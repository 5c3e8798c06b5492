package de.integrationsplan.core.internal.constraints;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of ids for one validation: compared one by one while it is small, as a plan's goals and
 * measures usually are (no hashing of strings that were just read), and hashed once it holds more
 * than {@value #SMALL}, so that a hostile plan with thousands of ids costs linear time, not square.
 */
public final class Ids {

  private static final int SMALL = 16;

  private final String[] small = new String[SMALL];
  private int size;
  private Set<String> large = Set.of();

  /** Adds {@code id}; whether it was new. */
  public boolean add(String id) {
    if (contains(id)) {
      return false;
    }
    if (size < SMALL) {
      small[size++] = id;
      return true;
    }
    if (large.isEmpty()) {
      large = new HashSet<>();
    }
    return large.add(id);
  }

  /** Whether {@code id} was added. */
  public boolean contains(String id) {
    for (int i = 0; i < size; i++) {
      if (small[i].equals(id)) {
        return true;
      }
    }
    return !large.isEmpty() && large.contains(id);
  }

  /** Forgets every id. */
  public void clear() {
    java.util.Arrays.fill(small, 0, size, null);
    size = 0;
    large = Set.of();
  }
}
