package de.integrationsplan.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.integrationsplan.core.internal.bind.FastBinder;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.model.IntegrationPlan;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
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
 * The Jackson configuration of the wire format, shared by {@link de.integrationsplan.core.json.PlanJson}
 * and the schema module, which reads a document once into a tree, checks it against the schema and
 * then binds the tree. Immutable and thread-safe.
 *
 * <p>Plans from {@code byte[]} and {@code String} are bound by the {@link FastBinder} first, which
 * either returns a plan equal to what Jackson databind would bind or declines; only a declined
 * document goes through databind, which gives the exact {@link PlanFormatException}. Input from an
 * {@code InputStream} always goes through databind: buffering it would hold a whole document of up
 * to {@code maxDocumentBytes} that the stream path reads buffer by buffer (callers who want the
 * fast path read the bytes themselves, as {@code DocumentValidator} does).
 */
public final class JsonCodec {

  private final Locale locale;
  private final JsonFactory factory;
  private final FastBinder fast;
  /** Jackson databind, built on first use: a valid plan read from bytes or text never needs it. */
  private volatile @Nullable Databind databind;

  /** The databind side of the codec: mapper, readers and writers of one configuration. */
  private record Databind(JsonMapper mapper, ObjectReader reader, ObjectReader treeReader, ObjectWriter writer,
      ObjectWriter prettyWriter) {}

  /**
   * Creates the codec.
   *
   * @param limits the limits for reading
   * @param locale the language of messages
   */
  public JsonCodec(JsonLimits limits, Locale locale) {
    this.locale = locale;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .maxTokenCount(limits.maxTokens())
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    // the same parser but for duplicate detection, which the fast binder does itself
    this.fast = new FastBinder(JsonFactory.builder().streamReadConstraints(constraints).build());
  }

  private Databind d() {
    Databind d = databind;
    if (d == null) {
      synchronized (this) {
        d = databind;
        if (d == null) {
          d = buildDatabind(factory);
          databind = d;
        }
      }
    }
    return d;
  }

  private static Databind buildDatabind(JsonFactory factory) {
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(StrictTime.module())
        .addModule(FastRecords.module())
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
    ObjectWriter writer = mapper.writerFor(IntegrationPlan.class);
    return new Databind(mapper, mapper.readerFor(IntegrationPlan.class), mapper.readerFor(JsonNode.class), writer,
        writer.withDefaultPrettyPrinter());
  }

  /**
   * Reads a plan from text.
   *
   * @param json the text
   * @return the plan
   * @throws PlanFormatException if it is not a plan in the wire format
   */
  public IntegrationPlan read(String json) {
    IntegrationPlan plan = fast.read(json);
    return plan != null ? plan : readSlow(json);
  }

  /**
   * Reads a plan from UTF-8 bytes.
   *
   * @param json the bytes
   * @return the plan
   * @throws PlanFormatException if they are not a plan in the wire format
   */
  public IntegrationPlan read(byte[] json) {
    IntegrationPlan plan = fast.read(json);
    return plan != null ? plan : readSlow(json);
  }

  /**
   * The fast path alone, for tests: {@link FastBinder#read(String)}.
   *
   * @param json the text
   * @return the plan, or {@code null} when the fast path declines
   */
  public @Nullable IntegrationPlan readFast(String json) {
    return fast.read(json);
  }

  /**
   * The fast path alone, for tests: {@link FastBinder#read(byte[])}.
   *
   * @param json the bytes
   * @return the plan, or {@code null} when the fast path declines
   */
  public @Nullable IntegrationPlan readFast(byte[] json) {
    return fast.read(json);
  }

  /**
   * The databind path alone, for tests and for what the fast path declines.
   *
   * @param json the text
   * @return the plan
   * @throws PlanFormatException if it is not a plan in the wire format
   */
  public IntegrationPlan readSlow(String json) {
    try {
      return bind(d().reader().createParser(json));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * The databind path alone, for tests and for what the fast path declines.
   *
   * @param json the bytes
   * @return the plan
   * @throws PlanFormatException if they are not a plan in the wire format
   */
  public IntegrationPlan readSlow(byte[] json) {
    try {
      // through the same checking stream as InputStream input, so that both give the same codes
      return bind(d().reader().createParser(Utf8Check.checking(new ByteArrayInputStream(json))));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Reads a plan from a stream, which stays open.
   *
   * @param json the stream
   * @return the plan
   * @throws PlanFormatException if it does not hold a plan in the wire format
   */
  public IntegrationPlan read(InputStream json) {
    try {
      return bind(d().reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(Utf8Check.checking(json)));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Reads any JSON document into a tree, strictly: limits, duplicate keys, trailing content and
   * syntax are checked; {@code null}s and unknown properties are left to the schema.
   *
   * @param json UTF-8 bytes
   * @return the tree
   * @throws PlanFormatException if the bytes are not one JSON document within the limits
   */
  public JsonNode readTree(byte[] json) {
    try {
      return tree(d().treeReader().createParser(Utf8Check.checking(new ByteArrayInputStream(json))));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Reads any JSON document into a tree, as {@link #readTree(byte[])}.
   *
   * @param json the text
   * @return the tree
   * @throws PlanFormatException if the text is not one JSON document within the limits
   */
  public JsonNode readTree(String json) {
    try {
      return tree(d().treeReader().createParser(json));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Reads any JSON document from a stream, which stays open, into a tree.
   *
   * @param json the stream
   * @return the tree
   * @throws PlanFormatException if it is not one JSON document within the limits
   */
  public JsonNode readTree(InputStream json) {
    try {
      return tree(d().treeReader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(Utf8Check.checking(json)));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Binds a tree, read by {@link #readTree(byte[])}, to a plan.
   *
   * @param tree the tree
   * @return the plan
   * @throws PlanFormatException if the tree is not a plan in the wire format
   */
  public IntegrationPlan bind(JsonNode tree) {
    try {
      return bind(d().mapper().treeAsTokens(tree));
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, locale);
    }
  }

  /**
   * Writes a plan as compact text.
   *
   * @param plan the plan
   * @return the text
   */
  public String write(IntegrationPlan plan) {
    return d().writer().writeValueAsString(plan);
  }

  /**
   * Writes a plan as indented text.
   *
   * @param plan the plan
   * @return the text
   */
  public String writePretty(IntegrationPlan plan) {
    return d().prettyWriter().writeValueAsString(plan);
  }

  /**
   * Writes a plan as compact JSON to a stream, which stays open.
   *
   * @param plan the plan
   * @param out the stream
   */
  public void write(IntegrationPlan plan, OutputStream out) {
    d().writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, plan);
  }

  /** Binds one plan from the parser, rejecting {@code null}s and content after the plan. */
  private IntegrationPlan bind(JsonParser source) {
    try (JsonParser p = new NullRejectingParser(source)) {
      if (p.nextToken() == null) {
        throw JsonErrors.empty(locale);
      }
      IntegrationPlan plan = d().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
      // the unwrapped parser: a null after the plan is trailing content, not a null value
      if (source.nextToken() != null) {
        throw JsonErrors.trailing(source.currentTokenLocation(), locale);
      }
      return plan;
    }
  }

  private JsonNode tree(JsonParser source) {
    try (JsonParser p = source) {
      if (p.nextToken() == null) {
        throw JsonErrors.empty(locale);
      }
      JsonNode node = d().treeReader().readValue(p);
      if (p.nextToken() != null) {
        throw JsonErrors.trailing(p.currentTokenLocation(), locale);
      }
      return node;
    }
  }
}
