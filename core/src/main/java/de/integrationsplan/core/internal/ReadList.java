package de.integrationsplan.core.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list that the reader makes of the elements it has just read: nobody else holds its
 * array, and none of its elements is {@code null}, so a record's constructor keeps it as it is
 * ({@link Checks#list}) instead of copying it again. It behaves as the unmodifiable copy the
 * constructor makes of any other list.
 */
public final class ReadList<E> extends AbstractList<E> implements RandomAccess {

  private final Object[] elements;
  private final int size;

  /**
   * A list of the first {@code size} elements of {@code elements}, which the caller hands over and
   * no longer touches.
   *
   * @param elements the elements, none of the first {@code size} {@code null}
   * @param size how many
   */
  public ReadList(Object[] elements, int size) {
    Objects.checkFromIndexSize(0, size, elements.length);
    this.elements = elements;
    this.size = size;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) elements[index];
  }

  @Override
  public int size() {
    return size;
  }
}
