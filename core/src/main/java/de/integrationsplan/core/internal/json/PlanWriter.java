package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.model.Plan;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes plans in the wire format with jackson-core's generator, through {@link ModelView}:
 * components in declaration order, {@code null} never written, empty lists left out, enums by
 * their constants' names, dates {@code YYYY-MM-DD}, months {@code YYYY-MM}, timestamps in ISO
 * 8601 with their offset. What it writes, {@link DocumentReader} reads back to an equal plan.
 * Immutable and thread-safe.
 */
public final class PlanWriter {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Indented output, as Jackson's default pretty printer indents it. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public @Nullable PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private PlanWriter() {}

  /**
   * A plan as compact or indented text.
   *
   * @param plan the plan
   * @param pretty whether to indent
   * @return the text
   */
  public static String write(Plan plan, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), out)) {
      record(g, ModelView.root(plan.getClass()), plan);
    }
    return out.toString();
  }

  /**
   * A plan as compact UTF-8 to a stream, which stays open.
   *
   * @param plan the plan
   * @param out the stream
   */
  public static void write(Plan plan, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      record(g, ModelView.root(plan.getClass()), plan);
    }
  }

  private static void record(JsonGenerator g, RecordView view, Object record) {
    g.writeStartObject();
    for (Component c : view.components()) {
      Object value = c.read(record);
      if (value == null || c.list() && ((List<?>) value).isEmpty()) {
        continue;
      }
      g.writeName(c.name());
      if (c.list()) {
        g.writeStartArray();
        for (Object element : (List<?>) value) {
          value(g, c, element);
        }
        g.writeEndArray();
      } else {
        value(g, c, value);
      }
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Component c, Object value) {
    switch (c.kind()) {
      case TEXT -> g.writeString((String) value);
      case INTEGER -> g.writeNumber((Integer) value);
      case BOOLEAN -> g.writeBoolean((Boolean) value);
      case DATE -> g.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
      case YEAR_MONTH -> g.writeString(month((YearMonth) value));
      case DATE_TIME -> g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
      case UUID -> g.writeString(value.toString());
      case ENUM -> g.writeString(((Enum<?>) value).name());
      case RECORD -> record(g, c.record(), value);
      case JSON_VALUE -> json(g, value);
    }
  }

  private static String month(YearMonth month) {
    String year = Integer.toString(month.getYear());
    StringBuilder sb = new StringBuilder(7);
    for (int i = year.length(); i < 4; i++) {
      sb.append('0');
    }
    sb.append(year).append('-');
    if (month.getMonthValue() < 10) {
      sb.append('0');
    }
    return sb.append(month.getMonthValue()).toString();
  }

  /** An extension's value, in the types the model's constructor leaves it. */
  private static void json(JsonGenerator g, Object value) {
    if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof Number n) {
      g.writeNumber(new BigDecimal(n.toString()));
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object element : list) {
        json(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeName((String) e.getKey());
        json(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalStateException("not a JSON value: " + value.getClass().getName());
    }
  }
}
