package de.integrationsplan.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for the model's compact constructors.
 *
 * <p>Constructors check only what a value needs to exist at all: required components are present
 * and lists hold no {@code null}. Everything about content (formats, ranges, dates in order) is left
 * to Bean Validation, so that a document with many faults can still be bound and all of them reported
 * at once. Messages name the component, never its value.
 */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value}, or throws a {@link MissingValueException} naming the component.
   *
   * @param value the value to check
   * @param type the record that requires it, for the message
   * @param component the component's name, as in JSON
   * @param <T> the type of the value
   * @return {@code value}
   */
  public static <T> T required(@Nullable T value, Class<?> type, String component) {
    if (value == null) {
      throw new MissingValueException(type, component);
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of {@code list}; {@code null} becomes the empty list.
   *
   * @param list the list to copy, may be {@code null}
   * @param type the record that holds it, for the message
   * @param component the component's name, as in JSON
   * @param <T> the element type
   * @return an unmodifiable list without {@code null} elements
   * @throws MissingValueException if an element is {@code null}
   */
  public static <T> List<T> list(@Nullable List<? extends T> list, Class<?> type, String component) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    if (list instanceof ReadList<? extends T> read) {
      @SuppressWarnings("unchecked") // an unmodifiable list of T is a list of T
      List<T> kept = (List<T>) read;
      return kept; // the reader's own, unmodifiable and of no null: kept, not copied
    }
    List<T> copy = new ArrayList<>(list.size());
    for (T element : list) {
      if (element == null) {
        throw new MissingValueException(type, component + "[" + copy.size() + "]");
      }
      copy.add(element);
    }
    return Collections.unmodifiableList(copy);
  }
}
