package de.integrationsplan.core.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * What the schema says of one value, compiled for the reader: reads the value at the parser's
 * current token and either returns it, bound to its Java type, or records every fault of it in
 * the {@link Findings} and returns {@link #FAULT}. Either way the parser is left at the value's
 * last token, so that reading goes on with the next one: one pass finds every structural fault.
 * Immutable and shared by every thread.
 */
abstract class ValueShape {

  /** What a value read with a fault binds to: nothing is built from a faulty document. */
  static final Object FAULT = new Object();

  /**
   * Reads a value.
   *
   * @param p the parser, at the value's first token
   * @param t that token
   * @param f where faults go
   * @return the value, or {@link #FAULT}
   */
  abstract Object read(JsonParser p, JsonToken t, Findings f);

  /** Records a wrong type and skips the value. */
  static Object wrongType(JsonParser p, Findings f) {
    f.at(p, "schema.type");
    Skip.value(p);
    return FAULT;
  }
}
