package de.integrationsplan.core.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * A fault that ends the reading, because what follows cannot be read as the plan: a repeated key,
 * a name longer than the limit. The parser's own faults (syntax, limits, encoding) end it the same
 * way, as Jackson's exceptions. Carries a code, never a value; no stack trace.
 */
final class Fatal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final String code;
  /**
   * The pointer of the place, taken when the fault is found and not yet cut to the model (the
   * reader does that); {@code null} for the whole document.
   */
  final @Nullable String pointer;

  Fatal(String code) {
    this(code, (String) null);
  }

  /** A fault at the parser's current place (a repeated key: the pointer names it if it is the model's). */
  Fatal(String code, tools.jackson.core.JsonParser p) {
    this(code, p.streamReadContext().pathAsPointer().toString());
  }

  private Fatal(String code, @Nullable String pointer) {
    super(code, null, false, false);
    this.code = code;
    this.pointer = pointer;
  }
}
