package de.integrationsplan.core.validation;

import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.json.DocumentReader;
import de.integrationsplan.core.internal.validation.PlanRules;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>This is the one entry point: bytes, text, a stream or a plan object, one report, which carries
 * the plan a document was read into ({@link ValidationReport#plan()}), so that nothing is read or
 * validated twice. A document is read in one pass by the strict reader of {@link PlanJson}, which
 * reports every structural fault with the code of the JSON Schema keyword that states it (source
 * {@link IssueSource#SCHEMA}: {@code schema.required}, {@code schema.additionalProperties}, ...,
 * at the pointers networknt and ajv give them), or the one fault no schema can see that ends the
 * reading (source {@link IssueSource#PARSER}: {@code json.syntax}, {@code json.duplicateKey}, a
 * limit); then every rule of the model is checked on the plan (source {@link IssueSource#RULE}),
 * and the rules' findings get the line and column of the place they point to. Every issue carries a
 * stable code and a JSON Pointer; messages are German, or English for an English locale, and never
 * contain a submitted value.
 *
 * <p>A document is read and checked as the major version of the format its {@code schemaVersion}
 * names: a {@code 1.x} document against format 1's model, schema and rules. The report carries the
 * plan in that version's model ({@code model.v1.IntegrationPlan} for 1.x).
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
  private final DocumentReader reader;

  private PlanValidator(Builder b) {
    this.locale = b.locale;
    this.json = PlanJson.builder().limits(b.limits).locale(b.locale).build();
    this.reader = new DocumentReader(b.limits, b.locale);
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
   * @throws IllegalArgumentException if the plan is not a record of this library's model
   */
  public ValidationReport validate(Plan plan) {
    de.integrationsplan.core.internal.model.ModelView.requirePlan(Objects.requireNonNull(plan, "plan"));
    return PlanRules.validate(plan, locale).withPlan(plan);
  }

  /**
   * Validates a JSON document given as text: reads it, and checks the rules on the plan when it
   * could be read.
   *
   * @param jsonText the document
   * @return the report, with the plan when the document could be read
   */
  public ValidationReport validate(String jsonText) {
    Objects.requireNonNull(jsonText, "jsonText");
    DocumentReader.Result read = reader.read(jsonText);
    Plan plan = read.plan();
    if (plan == null) {
      return new ValidationReport(read.issues());
    }
    ValidationReport rules = PlanRules.validateRead(plan, locale).withPlan(plan);
    return rules.issues().isEmpty() ? rules
        : new ValidationReport(DocumentReader.locate(rules.issues(), jsonText), plan);
  }

  /**
   * Validates a JSON document given as UTF-8 bytes: reads it, and checks the rules on the plan
   * when it could be read.
   *
   * @param jsonBytes the document
   * @return the report, with the plan when the document could be read
   */
  public ValidationReport validate(byte[] jsonBytes) {
    Objects.requireNonNull(jsonBytes, "jsonBytes");
    DocumentReader.Result read = reader.read(jsonBytes);
    Plan plan = read.plan();
    if (plan == null) {
      return new ValidationReport(read.issues());
    }
    ValidationReport rules = PlanRules.validateRead(plan, locale).withPlan(plan);
    return rules.issues().isEmpty() ? rules
        : new ValidationReport(DocumentReader.locate(rules.issues(), jsonBytes), plan);
  }

  /**
   * Validates a JSON document read from a stream of UTF-8 bytes, which stays open; the stream is
   * read into memory first, up to the document limit.
   *
   * @param jsonStream the document
   * @return the report; a stream that cannot be read gives the issue {@code json.io}
   */
  public ValidationReport validate(InputStream jsonStream) {
    Objects.requireNonNull(jsonStream, "jsonStream");
    byte[] bytes;
    try {
      bytes = jsonStream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, json.limits().maxDocumentBytes() + 1));
    } catch (java.io.IOException e) {
      return new ValidationReport(List.of(new ValidationIssue(Severity.ERROR, "json.io", "", IssueSource.PARSER,
          Messages.render("json.io", locale, Map.of()), null)));
    }
    return validate(bytes);
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
