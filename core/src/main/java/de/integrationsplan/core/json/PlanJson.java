package de.integrationsplan.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.integrationsplan.core.internal.JsonErrors;
import de.integrationsplan.core.internal.NullRejectingParser;
import de.integrationsplan.core.internal.StrictTime;
import de.integrationsplan.core.model.IntegrationPlan;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes integration plans in the JSON wire format, strictly.
 *
 * <p>Reading rejects what the schema rejects and what an attacker might send: unknown properties
 * (outside extension values), duplicate keys, content after the plan, explicit {@code null},
 * numbers where strings belong and strings where numbers belong, dates other than
 * {@code YYYY-MM-DD}, timestamps without offset, and documents over the {@link JsonLimits}. Every
 * failure is a {@link PlanFormatException} with a stable code, a JSON Pointer and a localized
 * message that does not repeat the document's content. Reading does not validate the plan's rules;
 * {@link de.integrationsplan.core.validation.PlanValidator} does both.
 *
 * <p>Writing never writes {@code null} and leaves out empty lists.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.create();
 * String text = json.write(plan);
 * IntegrationPlan back = json.read(text);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class PlanJson {

  private final JsonLimits limits;
  private final Locale locale;
  private final ObjectReader reader;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;

  private PlanJson(Builder b) {
    this.limits = b.limits;
    this.locale = b.locale;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxTokenCount(limits.maxTokens())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(StrictTime.module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL)))
        .withCoercionConfigDefaults(c -> c
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .build();
    this.reader = mapper.readerFor(IntegrationPlan.class);
    this.writer = mapper.writerFor(IntegrationPlan.class);
    this.prettyWriter = writer.withDefaultPrettyPrinter();
  }

  /**
   * A codec with {@linkplain JsonLimits#defaults() default limits} and German messages.
   *
   * @return the codec
   */
  public static PlanJson create() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits.
   *
   * @return the limits this codec reads with
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads a plan from JSON text.
   *
   * @param json the text
   * @return the plan
   * @throws PlanFormatException if the text is not a plan in the wire format
   */
  public IntegrationPlan read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return bind(reader.createParser(json));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Reads a plan from UTF-8 bytes.
   *
   * @param json the bytes
   * @return the plan
   * @throws PlanFormatException if the bytes are not a plan in the wire format
   */
  public IntegrationPlan read(byte[] json) {
    Objects.requireNonNull(json, "json");
    try {
      return bind(reader.createParser(json));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes; the stream is read to its end but not closed.
   *
   * @param json the stream
   * @return the plan
   * @throws PlanFormatException if the stream does not hold a plan in the wire format, or cannot
   *     be read (code {@code json.io})
   */
  public IntegrationPlan read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return bind(reader.without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(json));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /** Binds one plan from the parser, rejecting {@code null}s and content after the plan. */
  private IntegrationPlan bind(JsonParser source) {
    try (JsonParser p = new NullRejectingParser(source)) {
      if (p.nextToken() == null) {
        throw JsonErrors.empty(locale);
      }
      IntegrationPlan plan = reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
      // the unwrapped parser: a null after the plan is trailing content, not a null value
      if (source.nextToken() != null) {
        throw JsonErrors.trailing(source.currentTokenLocation(), locale);
      }
      return plan;
    }
  }

  /**
   * Writes a plan as compact JSON text.
   *
   * @param plan the plan
   * @return the text
   */
  public String write(IntegrationPlan plan) {
    return writer.writeValueAsString(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Writes a plan as indented JSON text, for people.
   *
   * @param plan the plan
   * @return the text
   */
  public String writePretty(IntegrationPlan plan) {
    return prettyWriter.writeValueAsString(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Writes a plan as compact UTF-8 bytes.
   *
   * @param plan the plan
   * @return the bytes
   */
  public byte[] writeBytes(IntegrationPlan plan) {
    return write(plan).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a plan as compact JSON to a stream, which stays open.
   *
   * @param plan the plan
   * @param out the stream
   */
  public void write(IntegrationPlan plan, OutputStream out) {
    Objects.requireNonNull(out, "out");
    writer.without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
        .writeValue(out, Objects.requireNonNull(plan, "plan"));
  }

  /** Builds a {@link PlanJson}. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.defaults();
    private Locale locale = Locale.GERMAN;

    private Builder() {}

    /**
     * Sets the limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the language of messages: English for an English locale, German otherwise.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    public PlanJson build() {
      return new PlanJson(this);
    }
  }
}
