package de.integrationsplan.core.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** {@code true} or {@code false}. */
final class BooleanShape extends ValueShape {

  static final BooleanShape INSTANCE = new BooleanShape();

  private BooleanShape() {}

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return wrongType(p, f);
  }
}
