package de.integrationsplan.core.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that rejects every JSON {@code null}: the wire format never has one, an absent property
 * says the same. Jackson's own {@code Nulls.FAIL} cannot tell an explicit {@code null} from an
 * absent constructor property, so the check sits at the token level.
 */
public final class NullRejectingParser extends JsonParserDelegate {

  /**
   * Wraps a parser.
   *
   * @param delegate the parser to read from
   */
  public NullRejectingParser(JsonParser delegate) {
    super(delegate);
  }

  @Override
  public JsonToken nextToken() {
    JsonToken t = delegate.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      throw new NullValueException(this, delegate.streamReadContext().pathAsPointer().toString());
    }
    return t;
  }

  @Override
  public JsonToken nextValue() {
    JsonToken t = nextToken();
    if (t == JsonToken.PROPERTY_NAME) {
      t = nextToken();
    }
    return t;
  }

  @Override
  public String nextStringValue() {
    return nextToken() == JsonToken.VALUE_STRING ? delegate.getString() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() {
    JsonToken t = nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    return t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  /** A {@code null} token was read; carries the JSON Pointer to it. */
  public static final class NullValueException extends StreamReadException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    NullValueException(JsonParser p, String pointer) {
      super(p, "null is not allowed");
      this.pointer = pointer;
    }

    /**
     * The JSON Pointer to the {@code null}.
     *
     * @return the pointer
     */
    public String pointer() {
      return pointer;
    }
  }
}
