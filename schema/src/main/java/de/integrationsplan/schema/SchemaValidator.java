package de.integrationsplan.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.validation.Codes;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.PlanValidator;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates JSON documents against the published {@link PlanSchema} alone, with networknt's
 * json-schema-validator (draft 2020-12, format assertions on): each document against the schema of
 * the version its {@code schemaVersion} names ({@link PlanSchema#versionFor}), as the library's
 * reader chooses the model. Findings have the source
 * {@link IssueSource#SCHEMA}, codes {@code schema.<keyword>} ({@code schema.required},
 * {@code schema.additionalProperties}, {@code schema.pattern}, ...), the JSON Pointer to the place
 * (for {@code required} the missing property itself; for {@code additionalProperties} the object
 * that holds the unexpected one), cut before any name the schema does not define, because such a
 * name was written by the sender and may be personal data (as the library's reader does),
 * and a German or English message that never repeats the document's content.
 *
 * <p>This is what every other vendor's schema validator sees, for those who want exactly that. Most
 * callers want {@link PlanValidator}, whose reader reports the same structural faults with the
 * same codes and pointers, much faster, and then checks the rules. A document that is not JSON gets
 * the parser finding {@link PlanValidator} gives it. Instances are immutable and thread-safe; each
 * version's schema is compiled once, on first use, for all of them.
 */
public final class SchemaValidator {

  private final Locale locale;
  private final JsonLimits limits;
  private final ObjectReader trees;

  private SchemaValidator(Locale locale, JsonLimits limits) {
    this.locale = locale;
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxTokenCount(limits.maxTokens())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.trees = JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build()
        .readerFor(JsonNode.class);
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
    String text;
    try {
      // strictly: no overlong forms, no encoded surrogates, as the library's reader
      text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(json)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return notJson(PlanValidator.builder().locale(locale).limits(limits).build().validate(json));
    }
    if (json.length > limits.maxDocumentBytes()) {
      return notJson(PlanValidator.builder().locale(locale).limits(limits).build().validate(json));
    }
    return validate(text, () -> PlanValidator.builder().locale(locale).limits(limits).build().validate(json));
  }

  /**
   * Validates a document given as text against the schema.
   *
   * @param json the document
   * @return the report
   */
  public ValidationReport validate(String json) {
    Objects.requireNonNull(json, "json");
    return validate(json, () -> PlanValidator.builder().locale(locale).limits(limits).build().validate(json));
  }

  /** The document as text; {@code library} gives the parser finding when it is not JSON. */
  private ValidationReport validate(String json, java.util.function.Supplier<ValidationReport> library) {
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    JsonNode tree;
    try (JsonParser p = trees.createParser(text)) {
      tree = p.nextToken() == null ? null : trees.readValue(p);
    } catch (JacksonException | NumberFormatException e) {
      // Jackson refuses a number beyond a decimal's range ("1e99999999999") with a
      // NumberFormatException, no JacksonException; the library's reader names that limit
      tree = null;
    }
    if (tree == null) {
      return notJson(library.get());
    }
    if (mayHoldSurrogates(text)) {
      // half a surrogate pair is JSON to networknt, but no text: the library's reader refuses it
      ValidationReport read = library.get();
      if (read.issues().stream().anyMatch(i -> i.code().equals("json.loneSurrogate"))) {
        return notJson(read);
      }
    }
    return validateTree(tree);
  }

  /** Whether text may hold a lone surrogate: as a character, or escaped (cautiously: any backslash). */
  private static boolean mayHoldSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A document databind could not read as JSON: the parser finding of the library's reader, which
   * applies the same limits, or {@code json.syntax} where the reader sees no such fault.
   */
  private ValidationReport notJson(ValidationReport library) {
    List<ValidationIssue> parser = library.issues().stream().filter(i -> i.source() == IssueSource.PARSER).toList();
    if (!parser.isEmpty()) {
      return new ValidationReport(parser);
    }
    return new ValidationReport(List.of(new ValidationIssue(Severity.ERROR, "json.syntax", "", IssueSource.PARSER,
        Codes.message("json.syntax", locale, Map.of()), null)));
  }

  ValidationReport validateTree(JsonNode tree) {
    JsonNode declared = tree.get("schemaVersion");
    String version = PlanSchema.versionFor(declared != null && declared.isString() ? declared.stringValue() : null);
    // networknt keeps every finding, each a few hundred bytes: a hostile document of 300 KB with
    // 100,000 empty goals or unknown properties would exhaust a 64 MB heap. Stop at MAX_ISSUES.
    CappedErrors errors = new CappedErrors();
    try {
      compiled(version).validate(tree, context -> context.setErrors(errors));
    } catch (CappedErrors.Full full) {
      // the first MAX_ISSUES findings are reported, and that there are more
    }
    if (errors.isEmpty()) {
      return ValidationReport.empty();
    }
    Set<ValidationIssue> issues = new LinkedHashSet<>();
    for (Error error : errors) {
      issues.add(toIssue(version, error));
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
          Codes.message("schema.tooManyIssues", locale, Map.of("limit", MAX_ISSUES)), null));
    }
    if (!knownMajor(declared) || issues.stream().anyMatch(i -> i.pointer().equals("/schemaVersion"))) {
      // as the library's reader: without a version this library knows (no major it has, or a
      // minor newer than its schema), nothing else is guessed at
      List<ValidationIssue> atVersion = issues.stream().filter(i -> i.pointer().equals("/schemaVersion")).toList();
      if (!atVersion.isEmpty()) {
        return new ValidationReport(atVersion);
      }
    }
    return new ValidationReport(new ArrayList<>(issues));
  }

  /** Whether a document's {@code schemaVersion} is a string naming a major this jar has a schema of. */
  private static boolean knownMajor(@org.jspecify.annotations.Nullable JsonNode declared) {
    if (declared == null || !declared.isString()) {
      return false;
    }
    String v = declared.stringValue();
    int dot = v.indexOf('.');
    if (dot < 1 || dot > 3 || dot > 1 && v.charAt(0) == '0'
        || !v.substring(0, dot).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    String major = v.substring(0, dot + 1);
    return PlanSchema.versions().stream().anyMatch(known -> known.startsWith(major));
  }

  private ValidationIssue toIssue(String version, Error error) {
    String keyword = error.getKeyword() == null ? "invalid" : error.getKeyword();
    String code = "schema." + keyword;
    if (!Codes.isKnown(code)) {
      code = "schema.invalid";
    }
    StringBuilder pointer = new StringBuilder(error.getInstanceLocation().toString());
    if ("required".equals(keyword) && error.getProperty() != null) {
      pointer.append('/').append(error.getProperty().replace("~", "~0").replace("/", "~1"));
    }
    Map<String, Object> args = new HashMap<>();
    JsonNode limit = error.getSchemaNode();
    if (limit != null && limit.isObject()) {
      limit = limit.get(keyword);
    }
    if (limit != null && limit.isNumber()) {
      args.put("limit", limit.asString());
    }
    // the message reads the unknown property's name (compared with the model's, never written); the pointer leaves it out
    String named = "additionalProperties".equals(keyword) && error.getProperty() != null
        ? pointer + "/" + error.getProperty().replace("~", "~0").replace("/", "~1") : pointer.toString();
    return new ValidationIssue(Severity.ERROR, code, PlanSchema.findingPointer(version, pointer.toString()),
        IssueSource.SCHEMA, Codes.message(code, version, named, locale, args), null);
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

  /** Each version's schema, compiled once on first use. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Schema> COMPILED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Schema compiled(String version) {
    return COMPILED.computeIfAbsent(version, Compiled::compile);
  }

  /** How a version's schema is compiled. */
  private static final class Compiled {
    private static Schema compile(String version) {
      SchemaRegistryConfig config = SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(config));
      try (InputStream in = PlanSchema.open(version)) {
        Schema schema = registry.getSchema(in);
        schema.initializeValidators();
        return schema;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
