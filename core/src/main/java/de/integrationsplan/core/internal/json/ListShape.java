package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.ReadList;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** An array with {@code minItems} and {@code maxItems}, every element read by one shape. */
final class ListShape extends ValueShape {

  private static final Object[] EMPTY = {};

  final ValueShape element;
  final int minItems;
  final int maxItems;

  ListShape(ValueShape element, int minItems, int maxItems) {
    this.element = element;
    this.minItems = minItems;
    this.maxItems = maxItems;
  }

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    if (t != JsonToken.START_ARRAY) {
      return wrongType(p, f);
    }
    int before = f.seen();
    Object[] kept = EMPTY;
    int size = 0;
    int count = 0;
    for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
      if (count == maxItems) {
        f.atEnclosingArray(p, "schema.maxItems", maxItems);
      }
      Object value = element.read(p, next, f);
      // past the limit nothing more is kept: a hostile list costs its reading, not its memory
      if (value != FAULT && count < maxItems) {
        if (size == kept.length) {
          kept = Arrays.copyOf(kept, Math.max(4, size * 2));
        }
        kept[size++] = value;
      }
      count++;
    }
    if (count < minItems) {
      f.at(p, "schema.minItems", minItems);
    }
    return f.seen() == before ? new ReadList<>(kept, size) : FAULT;
  }
}
