package de.integrationsplan.schema;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.model.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

public final class DocumentValidator {

  private final PlanValidator validator;

  private DocumentValidator(Builder b) {
    this.validator = PlanValidator.builder().locale(b.locale).limits(b.limits).build();
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
    return validator.locale();
  }

  /**
   * Validates a document given as UTF-8 bytes.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(byte[] json) {
    return validator.validate(Objects.requireNonNull(json, "json"));
  }

  /**
   * Validates a document given as text.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(String json) {
    return validator.validate(Objects.requireNonNull(json, "json"));
  }

  /**
   * Validates a document read from a stream, which stays open.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(InputStream json) {
    return validator.validate(Objects.requireNonNull(json, "json"));
  }

  /**
   * Validates a plan object against the rules; its structure is given by its types.
   *
   * @param plan the plan
   * @return the report
   */
  public ValidationReport validate(IntegrationPlan plan) {
    return validator.validate(plan);
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
