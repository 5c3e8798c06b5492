package de.integrationsplan.core.internal.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;

/**
 * Decodes a number with a fraction or an exponent. JSON sets no bound on a number's exponent, but
 * a {@link BigDecimal} holds it in an {@code int}: {@code -92e23372036851249633} is JSON, and
 * Jackson refuses to decode it with a {@link NumberFormatException} that is no
 * {@code JacksonException}. The reader reports such a number as a limit of its own
 * ({@code json.limit.numberRange}, RFC 8259 section 9 allows a parser to limit the range of
 * numbers) wherever it stands, also in a value it skips, so that the fault has one code whichever
 * value holds it and the schema validator's tree reader, which decodes every number, agrees.
 */
final class Numbers {

  static final String RANGE = "json.limit.numberRange";

  private Numbers() {}

  /** The decimal at the parser's current {@code VALUE_NUMBER_FLOAT} token. */
  static BigDecimal decimal(JsonParser p) {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      throw new Fatal(RANGE);
    }
  }
}
