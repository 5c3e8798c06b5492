package de.integrationsplan.core.internal.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * An integer with {@code minimum} and {@code maximum}. As in JSON Schema, a number with a zero
 * fraction ({@code 1998.0}) is an integer; every integer component of the model has bounds within
 * {@code int}, so a value beyond them is reported against the bound, not as an overflow.
 */
final class IntegerShape extends ValueShape {

  final long minimum;
  final long maximum;

  IntegerShape(long minimum, long maximum) {
    this.minimum = minimum;
    this.maximum = maximum;
  }

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    long value;
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      value = p.getIntValue();
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
      value = p.getBigIntegerValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = Numbers.decimal(p);
      // digits before the point, without expanding 1e999999999 into a number of that size
      long digits = (long) d.precision() - d.scale();
      if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
        // not an integer; but JSON Schema holds every number to minimum and maximum, so a fraction
        // beyond a bound breaks both the type and the bound, as networknt and ajv report it
        f.at(p, "schema.type");
        if (minimum != Long.MIN_VALUE && (digits > 11 ? d.signum() < 0 : d.compareTo(BigDecimal.valueOf(minimum)) < 0)) {
          f.at(p, "schema.minimum", minimum);
        } else if (maximum != Long.MAX_VALUE
            && (digits > 11 ? d.signum() > 0 : d.compareTo(BigDecimal.valueOf(maximum)) > 0)) {
          f.at(p, "schema.maximum", maximum);
        }
        return FAULT;
      }
      value = digits > 11 ? (d.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : d.longValue();
    } else {
      return wrongType(p, f);
    }
    if (value < minimum) {
      f.at(p, "schema.minimum", minimum);
      return FAULT;
    }
    if (value > maximum) {
      f.at(p, "schema.maximum", maximum);
      return FAULT;
    }
    return (int) value;
  }
}
