package de.integrationsplan.schema;

import de.integrationsplan.core.internal.JsonCodec;
import de.integrationsplan.core.internal.JsonErrors;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.model.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The one entry point that validates an integration-plan document completely: it reads the JSON
 * strictly (source {@code PARSER}), checks its structure against the published schema (source
 * {@code SCHEMA}) and, when the structure is sound, checks every rule of the model on the bound
 * plan (source {@code RULE}). One {@link ValidationReport} comes back.
 *
 * <pre>{@code
 * DocumentValidator validator = DocumentValidator.create();       // German messages
 * ValidationReport report = validator.validate(Files.readAllBytes(path));
 * for (ValidationIssue issue : report.issues()) {
 *   System.out.println(issue.pointer() + " " + issue.code() + " " + issue.message());
 * }
 * }</pre>
 *
 * <p>Valid documents are the common case, and they take a short way: the strict reader binds the
 * document and the rules are checked; only when that finds an error is the document read again and
 * checked against the schema, so that every structural fault is reported with its {@code schema.*}
 * code, exactly as any other vendor's schema validator would report it. The short way is sound
 * because the reader and the model's constraints check everything the schema checks (the
 * conformance corpus and the property tests prove it case by case).
 *
 * <p>Immutable and thread-safe; build one and share it. The schema is compiled once, on first use.
 */
public final class DocumentValidator {

  private final JsonCodec codec;
  private final SchemaValidator schema;
  private final PlanValidator rules;
  private final Locale locale;
  private final long maxDocumentBytes;

  private DocumentValidator(Builder b) {
    this.locale = b.locale;
    this.maxDocumentBytes = b.limits.maxDocumentBytes();
    this.codec = new JsonCodec(b.limits, b.locale);
    this.schema = SchemaValidator.create(b.locale, b.limits);
    this.rules = PlanValidator.builder().locale(b.locale).limits(b.limits).build();
  }

  /**
   * A validator with German messages and default limits.
   *
   * @return the validator
   */
  public static DocumentValidator create() {
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
   * The locale of messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Validates a document given as UTF-8 bytes.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(byte[] json) {
    Objects.requireNonNull(json, "json");
    return validate(() -> codec.read(json), () -> codec.readTree(json));
  }

  /**
   * Validates a document given as text.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(String json) {
    Objects.requireNonNull(json, "json");
    return validate(() -> codec.read(json), () -> codec.readTree(json));
  }

  /**
   * Validates a document read from a stream, which stays open.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = json.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1)));
    } catch (java.io.IOException e) {
      return new ValidationReport(List.of(JsonErrors.io(locale).toIssue()));
    }
    return validate(bytes);
  }

  /** The short way first; the long way (tree, schema, rules) when the short way finds an error. */
  private ValidationReport validate(Supplier<IntegrationPlan> bind, Supplier<JsonNode> tree) {
    ValidationReport quick = quick(bind);
    if (quick != null) {
      return quick;
    }
    try {
      return validateTree(tree.get());
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
  }

  /** The short way: bind strictly and check the rules; {@code null} when the long way is needed. */
  private @Nullable ValidationReport quick(Supplier<IntegrationPlan> read) {
    IntegrationPlan plan;
    try {
      plan = read.get();
    } catch (PlanFormatException e) {
      return null;
    }
    ValidationReport report = rules.validate(plan);
    return report.isValid() ? report : null;
  }

  /**
   * Validates a plan object against the rules; its structure is given by its types.
   *
   * @param plan the plan
   * @return the report
   */
  public ValidationReport validate(IntegrationPlan plan) {
    return rules.validate(plan);
  }

  private ValidationReport validateTree(JsonNode tree) {
    ValidationReport structure = schema.validateTree(tree);
    if (!structure.isValid()) {
      return structure;
    }
    IntegrationPlan plan;
    try {
      plan = codec.bind(tree);
    } catch (PlanFormatException e) {
      return structure.merge(new ValidationReport(List.of(e.toIssue())));
    }
    return structure.merge(rules.validate(plan));
  }

  /** Builds a {@link DocumentValidator}. */
  public static final class Builder {
    private Locale locale = Locale.GERMAN;
    private JsonLimits limits = JsonLimits.defaults();

    private Builder() {}

    /**
     * Sets the language of messages: English for an English locale, German for every other.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the limits for reading documents.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public DocumentValidator build() {
      return new DocumentValidator(this);
    }
  }
}
