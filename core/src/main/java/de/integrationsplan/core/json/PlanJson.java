package de.integrationsplan.core.json;

import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.json.DocumentReader;
import de.integrationsplan.core.internal.json.PlanWriter;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes integration plans in the JSON wire format, strictly.
 *
 * <p>Reading rejects what the published schema rejects, and what an attacker might send: unknown
 * properties (outside extension values), explicit {@code null}, values of the wrong type, missing
 * required ones, codes outside their lists, texts and lists over their lengths, dates other than
 * real {@code YYYY-MM-DD}, timestamps without offset; and beyond any schema, duplicate keys,
 * content after the plan, bytes that are not UTF-8, and documents over the {@link JsonLimits}.
 * A failure is a {@link PlanFormatException} that holds every fault found in one pass, each with a
 * stable code (the JSON Schema keyword, such as {@code schema.additionalProperties}, or
 * {@code json.*} for what no schema can see), a JSON Pointer, line and column, and a localized
 * message that does not repeat the document's content. Reading does not check the plan's rules;
 * {@link de.integrationsplan.core.validation.PlanValidator} does both.
 *
 * <p>Text, bytes and streams are read by the same streaming reader; a stream is read into memory
 * first, up to {@link JsonLimits#maxDocumentBytes()}.
 *
 * <p>A document is read into the model of the major version its {@code schemaVersion} names
 * ({@code model.v1} for {@code 1.x}); {@link #read(String, Class)} asks for one version and refuses
 * a document of another.
 *
 * <p>Writing never writes {@code null} and leaves out empty lists.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.create();
 * String text = json.write(plan);
 * IntegrationPlan back = json.read(text, IntegrationPlan.class);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class PlanJson {

  private final JsonLimits limits;
  private final Locale locale;
  private final DocumentReader reader;

  private PlanJson(Builder b) {
    this.limits = b.limits;
    this.locale = b.locale;
    this.reader = new DocumentReader(b.limits, b.locale);
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
  public Plan read(String json) {
    return bound(reader.read(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a plan from UTF-8 bytes.
   *
   * @param json the bytes
   * @return the plan
   * @throws PlanFormatException if the bytes are not a plan in the wire format
   */
  public Plan read(byte[] json) {
    return bound(reader.read(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes; the stream is read but not closed.
   *
   * @param json the stream
   * @return the plan
   * @throws PlanFormatException if the stream does not hold a plan in the wire format, or cannot
   *     be read (code {@code json.io})
   */
  public Plan read(InputStream json) {
    return bound(reader.read(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a plan of one major version of the format from JSON text.
   *
   * <pre>{@code
   * de.integrationsplan.core.model.v1.IntegrationPlan plan =
   *     json.read(text, de.integrationsplan.core.model.v1.IntegrationPlan.class);
   * }</pre>
   *
   * @param <T> the plan type of that version
   * @param json the text
   * @param version the plan type of the version expected, such as {@code model.v1.IntegrationPlan}
   * @return the plan
   * @throws PlanFormatException if the text is not a plan in the wire format, or is one of another
   *     major version (code {@code json.otherVersion})
   * @throws IllegalArgumentException if {@code version} is no version's plan type, nor {@code Plan}
   */
  public <T extends Plan> T read(String json, Class<T> version) {
    Class<T> expected = expected(version);
    return as(read(json), expected);
  }

  /**
   * Reads a plan of one major version of the format from UTF-8 bytes, as {@link #read(String, Class)}.
   *
   * @param <T> the plan type of that version
   * @param json the bytes
   * @param version the plan type of the version expected
   * @return the plan
   * @throws PlanFormatException if the bytes are not a plan in the wire format, or are one of
   *     another major version (code {@code json.otherVersion})
   */
  public <T extends Plan> T read(byte[] json, Class<T> version) {
    Class<T> expected = expected(version);
    return as(read(json), expected);
  }

  /**
   * Reads a plan of one major version of the format from a stream of UTF-8 bytes, which is read
   * but not closed, as {@link #read(String, Class)}.
   *
   * @param <T> the plan type of that version
   * @param json the stream
   * @param version the plan type of the version expected
   * @return the plan
   * @throws PlanFormatException if the stream does not hold a plan in the wire format, holds one of
   *     another major version (code {@code json.otherVersion}), or cannot be read (code {@code json.io})
   */
  public <T extends Plan> T read(InputStream json, Class<T> version) {
    Class<T> expected = expected(version);
    return as(read(json), expected);
  }

  /** The plan type asked for, checked before anything is read: a version's plan, or {@code Plan}. */
  private static <T extends Plan> Class<T> expected(Class<T> version) {
    Objects.requireNonNull(version, "version");
    if (version != Plan.class && !ModelView.roots().contains(version)) {
      throw new IllegalArgumentException("not the plan type of a version of the format: " + version.getName()
          + "; plan types are " + ModelView.roots().stream().map(Class::getName).toList());
    }
    return version;
  }

  private <T extends Plan> T as(Plan plan, Class<T> version) {
    if (version.isInstance(plan)) {
      return version.cast(plan);
    }
    String code = "json.otherVersion";
    throw new PlanFormatException(List.of(new ValidationIssue(Severity.ERROR, code, "/schemaVersion",
        IssueSource.PARSER, Messages.render(code, locale, Map.of("expected", ModelView.major(version) + ".x")),
        null)));
  }

  private static Plan bound(DocumentReader.Result result) {
    Plan plan = result.plan();
    if (plan == null) {
      throw new PlanFormatException(result.issues());
    }
    return plan;
  }

  /**
   * Writes a plan as compact JSON text.
   *
   * @param plan the plan
   * @return the text
   */
  public String write(Plan plan) {
    return PlanWriter.write(ModelView.requirePlan(Objects.requireNonNull(plan, "plan")), false);
  }

  /**
   * Writes a plan as indented JSON text, for people.
   *
   * @param plan the plan
   * @return the text
   */
  public String writePretty(Plan plan) {
    return PlanWriter.write(ModelView.requirePlan(Objects.requireNonNull(plan, "plan")), true);
  }

  /**
   * Writes a plan as compact UTF-8 bytes.
   *
   * @param plan the plan
   * @return the bytes
   */
  public byte[] writeBytes(Plan plan) {
    return write(plan).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a plan as compact JSON to a stream, which stays open.
   *
   * @param plan the plan
   * @param out the stream
   */
  public void write(Plan plan, OutputStream out) {
    PlanWriter.write(ModelView.requirePlan(Objects.requireNonNull(plan, "plan")), Objects.requireNonNull(out, "out"));
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
