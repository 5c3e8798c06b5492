package de.integrationsplan.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import de.integrationsplan.core.internal.JsonCodec;
import de.integrationsplan.core.internal.Messages;
import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON documents against the published {@link PlanSchema} alone, with networknt's
 * json-schema-validator (draft 2020-12, format assertions on). Findings have the source
 * {@link IssueSource#SCHEMA}, codes {@code schema.<keyword>} ({@code schema.required},
 * {@code schema.additionalProperties}, {@code schema.pattern}, ...), the JSON Pointer to the place
 * (for {@code required} and {@code additionalProperties} the missing or unexpected property itself),
 * and a German or English message that never repeats the document's content.
 *
 * <p>Most callers want {@link DocumentValidator}, which also checks the rules. Instances are
 * immutable and thread-safe; the schema is compiled once, on first use, for all of them.
 */
public final class SchemaValidator {

  private final Locale locale;
  private final JsonCodec codec;

  private SchemaValidator(Locale locale, JsonLimits limits) {
    this.locale = locale;
    this.codec = new JsonCodec(limits, locale);
  }

  /**
   * A validator with German messages and default limits.
   *
   * @return the validator
   */
  public static SchemaValidator create() {
    return create(Locale.GERMAN, JsonLimits.defaults());
  }

  /**
   * A validator with the given language and limits.
   *
   * @param locale English for an English locale, German for every other
   * @param limits the limits for reading documents
   * @return the validator
   */
  public static SchemaValidator create(Locale locale, JsonLimits limits) {
    return new SchemaValidator(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Validates a document given as UTF-8 bytes against the schema.
   *
   * @param json the document
   * @return the report; a document that is not JSON gives one issue of source {@link IssueSource#PARSER}
   */
  public ValidationReport validate(byte[] json) {
    Objects.requireNonNull(json, "json");
    return validate(() -> codec.readTree(json));
  }

  /**
   * Validates a document given as text against the schema.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(String json) {
    Objects.requireNonNull(json, "json");
    return validate(() -> codec.readTree(json));
  }

  private ValidationReport validate(java.util.function.Supplier<JsonNode> read) {
    try {
      return validateTree(read.get());
    } catch (PlanFormatException e) {
      return new ValidationReport(List.of(e.toIssue()));
    }
  }

  ValidationReport validateTree(JsonNode tree) {
    // networknt keeps every finding, each a few hundred bytes: a hostile document of 300 KB with
    // 100,000 empty goals or unknown properties would exhaust a 64 MB heap. Stop at MAX_ISSUES.
    CappedErrors errors = new CappedErrors();
    try {
      Compiled.SCHEMA.validate(tree, context -> context.setErrors(errors));
    } catch (CappedErrors.Full full) {
      // the first MAX_ISSUES findings are reported, and that there are more
    }
    if (errors.isEmpty()) {
      return ValidationReport.empty();
    }
    Set<ValidationIssue> issues = new LinkedHashSet<>();
    for (Error error : errors) {
      issues.add(toIssue(error));
    }
    // a date that is not a date breaks its format and its pattern: one mistake, one finding
    Set<String> formatFaults = new java.util.HashSet<>();
    for (ValidationIssue issue : issues) {
      if (issue.code().equals("schema.format")) {
        formatFaults.add(issue.pointer());
      }
    }
    issues.removeIf(i -> i.code().equals("schema.pattern") && formatFaults.contains(i.pointer()));
    if (errors.full) {
      issues.add(new ValidationIssue(Severity.ERROR, "schema.tooManyIssues", "", IssueSource.SCHEMA,
          Messages.render("schema.tooManyIssues", locale, Map.of("limit", MAX_ISSUES)), null));
    }
    return new ValidationReport(new ArrayList<>(issues));
  }

  private ValidationIssue toIssue(Error error) {
    String keyword = error.getKeyword() == null ? "invalid" : error.getKeyword();
    String code = "schema." + keyword;
    if (!Messages.has(code)) {
      code = "schema.invalid";
    }
    StringBuilder pointer = new StringBuilder(error.getInstanceLocation().toString());
    if (("required".equals(keyword) || "additionalProperties".equals(keyword)) && error.getProperty() != null) {
      Pointers.appendEscaped(pointer, error.getProperty());
    }
    Map<String, Object> args = new HashMap<>();
    JsonNode limit = error.getSchemaNode();
    if (limit != null && limit.isObject()) {
      limit = limit.get(keyword);
    }
    if (limit != null && limit.isNumber()) {
      args.put("limit", limit.asString());
    }
    return new ValidationIssue(Severity.ERROR, code, pointer.toString(), IssueSource.SCHEMA,
        Messages.render(code, locale, args), null);
  }

  /**
   * The most schema findings reported for one document; a document with more gets these and the
   * finding {@code schema.tooManyIssues}.
   */
  static final int MAX_ISSUES = 1000;

  /** The list networknt collects findings in; it stops the validation when it is full. */
  private static final class CappedErrors extends ArrayList<Error> {
    private static final long serialVersionUID = 1L;

    private boolean full;

    @Override
    public boolean add(Error error) {
      if (size() >= MAX_ISSUES) {
        full = true;
        throw new Full();
      }
      return super.add(error);
    }

    @Override
    public boolean addAll(java.util.Collection<? extends Error> more) {
      for (Error error : more) {
        add(error);
      }
      return !more.isEmpty();
    }

    /** Thrown through networknt to end the validation. */
    static final class Full extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Full() {
        super("too many schema findings", null, false, false);
      }
    }
  }

  /** The schema, compiled once on first use. */
  private static final class Compiled {
    static final Schema SCHEMA = compile();

    private static Schema compile() {
      SchemaRegistryConfig config = SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(config));
      try (InputStream in = PlanSchema.open()) {
        Schema schema = registry.getSchema(in);
        schema.initializeValidators();
        return schema;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
