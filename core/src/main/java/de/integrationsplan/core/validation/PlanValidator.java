package de.integrationsplan.core.validation;

import de.integrationsplan.core.internal.validation.PlanRules;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.IntegrationPlan;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates integration plans, as Java objects or as JSON documents, and returns one
 * {@link ValidationReport}.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.create();          // German messages
 * ValidationReport report = validator.validate(plan);
 * report.errors().forEach(System.out::println);
 *
 * PlanValidator english = PlanValidator.builder().locale(Locale.ENGLISH).build();
 * ValidationReport fromJson = english.validate(jsonText);
 * }</pre>
 *
 * <p>For JSON, the document is read strictly by {@link PlanJson} (a fault there is one issue of
 * source {@link IssueSource#PARSER}), then every rule of the model is checked (source
 * {@link IssueSource#RULE}). Every issue carries a stable code and a JSON Pointer; messages are
 * German, or English for an English locale, and never contain a submitted value.
 *
 * <p>The rules are the model's Jakarta Validation constraints ({@code @NotBlank}, {@code @Pattern},
 * our own in {@link de.integrationsplan.core.validation.constraints}), compiled once into one rule
 * engine that checks a plan in one walk and reports every violation itself, without a Bean
 * Validation provider. Its report is the one Hibernate Validator gives for the same constraints; the
 * build holds the two to each other.
 *
 * <p>A validator is immutable and thread-safe: build it once and share it. The rules behind all
 * validators are compiled once, on first use.
 */
public final class PlanValidator {

  private final Locale locale;
  private final PlanJson json;

  private PlanValidator(Builder b) {
    this.locale = b.locale;
    this.json = PlanJson.builder().limits(b.limits).locale(b.locale).build();
  }

  /**
   * A validator with German messages and {@linkplain JsonLimits#defaults() default limits}.
   *
   * @return the validator
   */
  public static PlanValidator create() {
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
   * The locale of the messages.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The codec this validator reads JSON with, configured with the same limits and language.
   *
   * @return the codec
   */
  public PlanJson json() {
    return json;
  }

  /**
   * Validates a plan object against every rule.
   *
   * @param plan the plan
   * @return the report
   * @throws jakarta.validation.ValidationException if a validator of a constraint fails, which is a
   *     fault of this library, never of the plan
   */
  public ValidationReport validate(IntegrationPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return PlanRules.validate(plan, locale);
  }

  /**
   * Validates a JSON document given as text.
   *
   * @param jsonText the document
   * @return the report
   */
  public ValidationReport validate(String jsonText) {
    Objects.requireNonNull(jsonText, "jsonText");
    try {
      return validate(json.read(jsonText));
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
  }

  /**
   * Validates a JSON document given as UTF-8 bytes.
   *
   * @param jsonBytes the document
   * @return the report
   */
  public ValidationReport validate(byte[] jsonBytes) {
    Objects.requireNonNull(jsonBytes, "jsonBytes");
    try {
      return validate(json.read(jsonBytes));
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
  }

  /**
   * Validates a JSON document read from a stream of UTF-8 bytes, which stays open.
   *
   * @param jsonStream the document
   * @return the report; a stream that cannot be read gives the issue {@code json.io}
   */
  public ValidationReport validate(InputStream jsonStream) {
    Objects.requireNonNull(jsonStream, "jsonStream");
    try {
      return validate(json.read(jsonStream));
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
  }

  /** Builds a {@link PlanValidator}. */
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
     * Sets the limits for reading JSON.
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
    public PlanValidator build() {
      return new PlanValidator(this);
    }
  }
}
