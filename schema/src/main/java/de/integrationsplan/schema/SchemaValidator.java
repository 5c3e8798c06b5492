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
    List<Error> errors = Compiled.SCHEMA.validate(tree);
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
