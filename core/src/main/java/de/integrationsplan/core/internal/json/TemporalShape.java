package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.StrictTime;
import de.integrationsplan.core.internal.model.ValueKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A date ({@code format: date} and a pattern), a timestamp ({@code format: date-time} and a
 * pattern), a month ({@code YYYY-MM}, a pattern only) or a UUID ({@code format: uuid} and a
 * pattern), parsed in the parser's buffer without a regular expression. One mistake is one
 * finding: a value that is no date at all breaks its format, and its pattern is not reported
 * beside it; a real timestamp in a form the pattern excludes (a lower-case {@code t}) breaks the
 * pattern only, as networknt and ajv judge it.
 */
final class TemporalShape extends ValueShape {

  private final ValueKind kind;

  TemporalShape(ValueKind kind) {
    this.kind = kind;
  }

  @Override
  Object read(JsonParser p, JsonToken t, Findings f) {
    if (t != JsonToken.VALUE_STRING) {
      return wrongType(p, f);
    }
    char[] text = p.getStringCharacters();
    int from = p.getStringOffset();
    int length = p.getStringLength();
    if (length > f.maxStringLength) {
      throw new Fatal("json.limit.stringLength");
    }
    Object value = parse(text, from, length);
    if (value != null) {
      return value;
    }
    String code = switch (kind) {
      case YEAR_MONTH -> "schema.pattern";
      case DATE_TIME -> Rfc3339.isDateTime(text, from, length) ? "schema.pattern" : "schema.format";
      default -> "schema.format";
    };
    f.at(p, code);
    return FAULT;
  }

  private @Nullable Object parse(char[] text, int from, int length) {
    return switch (kind) {
      case DATE -> StrictTime.date(text, from, length);
      case YEAR_MONTH -> StrictTime.month(text, from, length);
      case DATE_TIME -> StrictTime.dateTime(text, from, length);
      case UUID -> StrictTime.uuid(text, from, length);
      default -> throw new IllegalStateException("not a temporal kind: " + kind);
    };
  }
}
