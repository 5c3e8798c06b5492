package de.integrationsplan.schema;

import de.integrationsplan.core.internal.JsonCodec;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.model.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 * <p>Immutable and thread-safe; build one and share it. The schema is compiled once, on first use.
 */
public final class DocumentValidator {

  private final JsonCodec codec;
  private final SchemaValidator schema;
  private final PlanValidator rules;
  private final Locale locale;

  private DocumentValidator(Builder b) {
    this.locale = b.locale;
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
    try {
      return validateTree(codec.readTree(json));
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
  }

  /**
   * Validates a document given as text.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return validateTree(codec.readTree(json));
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
  }

  /**
   * Validates a document read from a stream, which stays open.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return validateTree(codec.readTree(json));
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
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
