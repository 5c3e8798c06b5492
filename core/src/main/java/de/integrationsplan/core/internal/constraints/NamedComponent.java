package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import org.jspecify.annotations.Nullable;

/**
 * A record component named in a class-level constraint ({@code @DatesInOrder(first = "agreedOn",
 * ...)}), read from any record of the model through {@link ModelView}. A validator makes one per
 * name in {@code initialize}; it remembers the component of the record type it last read, which is
 * always the same type, since a validator instance belongs to one constraint declaration.
 * Thread-safe.
 */
final class NamedComponent {

  private final String name;
  // published racily: every thread sees null or a complete, immutable component
  private @Nullable Component bound;

  NamedComponent(String name) {
    this.name = name;
  }

  /**
   * Reads the component from {@code record}.
   *
   * @throws IllegalStateException if the record is not one of the model, or has no such component
   */
  @Nullable Object read(Object record) {
    Component c = bound;
    if (c == null || c.owner() != record.getClass()) {
      c = ModelView.of(record.getClass()).component(name);
      if (c == null) {
        throw new IllegalStateException(record.getClass().getName() + " has no record component " + name);
      }
      bound = c;
    }
    return c.read(record);
  }
}
