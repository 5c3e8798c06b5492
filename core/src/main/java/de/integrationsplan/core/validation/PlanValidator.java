package de.integrationsplan.core.validation;

import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.TemplateOnly;
import de.integrationsplan.core.internal.check.PlanCheck;
import de.integrationsplan.core.internal.json.DocumentReader;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.IntegrationPlan;
import de.integrationsplan.core.validation.constraints.Severities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

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
 * <p>Rules are checked in two steps. A pre-check, compiled once from the model's constraint
 * annotations without Bean Validation, decides whether the plan satisfies every rule (errors,
 * warnings and information alike); if so, the report is empty and Hibernate Validator is not even
 * started. Otherwise Hibernate Validator validates the plan and its violations make the report, so
 * codes, pointers and messages come from one place. The pre-check is sound, not complete: it passes
 * only plans Hibernate Validator finds nothing in (tests compare the two on every rule), and
 * whenever it is in doubt it fails and leaves the decision to Hibernate Validator.
 *
 * <p>A validator is immutable and thread-safe: build it once and share it. The pre-check and the
 * Bean Validation factory behind all validators are each built once, on first use.
 */
public final class PlanValidator {

  /**
   * For tests: with the system property {@code de.integrationsplan.core.verifyPreCheck=true}, every
   * plan is validated by Hibernate Validator too, and a pre-check that disagrees with it (either way)
   * throws {@link AssertionError}. The build sets it for every module's tests.
   */
  private static final boolean VERIFY_PRE_CHECK = Boolean.getBoolean("de.integrationsplan.core.verifyPreCheck");

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
   */
  public ValidationReport validate(IntegrationPlan plan) {
    Objects.requireNonNull(plan, "plan");
    boolean passed = PlanCheck.passes(plan);
    if (passed && !VERIFY_PRE_CHECK) {
      return new ValidationReport(List.of(), plan);
    }
    Set<ConstraintViolation<IntegrationPlan>> violations = Holder.VALIDATOR.validate(plan);
    if (VERIFY_PRE_CHECK && passed != violations.isEmpty()) {
      throw new AssertionError(disagreement(passed, violations));
    }
    if (violations.isEmpty()) {
      return new ValidationReport(List.of(), plan);
    }
    List<ValidationIssue> issues = new ArrayList<>(violations.size());
    for (ConstraintViolation<IntegrationPlan> v : violations) {
      issues.add(toIssue(v));
    }
    return new ValidationReport(issues, plan);
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
    IntegrationPlan plan = read.plan();
    if (plan == null) {
      return new ValidationReport(read.issues());
    }
    ValidationReport rules = validate(plan);
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
    IntegrationPlan plan = read.plan();
    if (plan == null) {
      return new ValidationReport(read.issues());
    }
    ValidationReport rules = validate(plan);
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

  /** Names the disagreement by templates and paths only: never a submitted value. */
  private static String disagreement(boolean passed, Set<ConstraintViolation<IntegrationPlan>> violations) {
    if (passed) {
      List<String> found = new ArrayList<>();
      for (ConstraintViolation<IntegrationPlan> v : violations) {
        found.add(v.getMessageTemplate() + " at " + v.getPropertyPath());
      }
      return "the pre-check passed a plan Hibernate Validator rejects: " + found;
    }
    return "the pre-check failed a plan Hibernate Validator finds nothing in";
  }

  private ValidationIssue toIssue(ConstraintViolation<?> v) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    String code = code(v.getMessageTemplate());
    Map<String, Object> args = new HashMap<>(d.getAttributes());
    args.remove("message");
    args.remove("groups");
    args.remove("payload");
    Severity severity = Severity.ERROR;
    if (d.getPayload().contains(Severities.Warning.class)) {
      severity = Severity.WARNING;
    } else if (d.getPayload().contains(Severities.Info.class)) {
      severity = Severity.INFO;
    }
    return new ValidationIssue(severity, code, Pointers.of(v.getPropertyPath()), IssueSource.RULE,
        Messages.render(code, locale, args), null);
  }

  /** The stable code of a message template: our own codes as they are, built-in ones mapped. */
  static String code(String template) {
    String key = template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1) : template;
    if (key.startsWith("jakarta.validation.constraints.")) {
      String name = key.substring("jakarta.validation.constraints.".length(), key.length() - ".message".length());
      return switch (name) {
        case "NotNull" -> "value.required";
        case "NotBlank" -> "value.blank";
        case "NotEmpty" -> "value.empty";
        case "Size" -> "value.size";
        case "Pattern" -> "value.pattern";
        case "Min" -> "value.min";
        case "Max" -> "value.max";
        case "Past" -> "value.past";
        case "PastOrPresent" -> "value.pastOrPresent";
        default -> "value.invalid";
      };
    }
    if (key.equals("org.hibernate.validator.constraints.CodePointLength.message")) {
      return "value.size";
    }
    return Messages.has(key) ? key : "value.invalid";
  }

  /** The shared Bean Validation validator, built on first use. */
  private static final class Holder {
    static final Validator VALIDATOR;

    static {
      ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new TemplateOnly())
          .buildValidatorFactory();
      VALIDATOR = factory.getValidator();
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
