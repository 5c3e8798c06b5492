package de.integrationsplan.core.internal.json;

import de.integrationsplan.core.internal.JsonErrors;
import de.integrationsplan.core.internal.FindingMessages;
import de.integrationsplan.core.internal.Pointers;
import de.integrationsplan.core.internal.Utf8Check;
import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.IssueSource;
import de.integrationsplan.core.validation.Severity;
import de.integrationsplan.core.validation.ValidationIssue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The one strict reader of the wire format: one pass over a document with jackson-core's streaming
 * parser that binds a sound document to the plan of the major version its {@code schemaVersion}
 * names, and, for any other, is the diagnosis. Every structural fault is reported with the JSON Schema keyword that states the
 * constraint ({@code schema.required}, {@code schema.additionalProperties}, {@code schema.type},
 * {@code schema.enum}, {@code schema.pattern}, {@code schema.format}, ...), the RFC 6901 pointer
 * networknt and ajv give it, and the line and column; the reader skips a faulty value and goes on.
 * Faults no schema can see end the reading with one finding of their own: not JSON
 * ({@code json.syntax}, {@code json.truncated}), not UTF-8 ({@code json.encoding}), a repeated key
 * ({@code json.duplicateKey}), content after the plan, an empty document, a limit.
 *
 * <p>Which version: {@code schemaVersion} is read first. Every writer of this library writes it
 * second, after {@code id}, so finding it costs a few tokens; where a sender writes it later, a
 * look-ahead over the top level finds it before the document is bound. A document without it, with
 * a value that is not a version, with a major this library does not know, or with a minor newer
 * than its model of that major (a 2.1 document for a 2.0 model) gets one finding, at
 * {@code /schemaVersion} ({@code schema.required}, {@code schema.type} or {@code schema.pattern}
 * as the schema states it): everything else a document must be depends on its version, so
 * nothing else is guessed at. A document that is no JSON at all still gets the
 * parser's finding.
 *
 * <p>Text and bytes are read alike: a byte order mark is skipped in both, and columns count
 * Unicode code points in both. A stream is read into memory first, up to the document limit.
 * Immutable and thread-safe.
 */
public final class DocumentReader {

  /** What one reading gives: the plan when the document is sound, and the findings otherwise. */
  public record Result(@Nullable Plan plan, List<ValidationIssue> issues) {

    /** Canonical constructor; copies the findings. */
    public Result {
      issues = List.copyOf(issues);
    }
  }

  private final Locale locale;
  private final JsonLimits limits;
  private final JsonFactory factory;
  /**
   * The same parser without the token limit, for documents too short to reach it: every token
   * takes at least one byte or character, so such a document cannot break the limit, and the
   * parser need not count its tokens.
   */
  private final JsonFactory shortDocuments;

  /**
   * A reader.
   *
   * @param limits the limits for reading
   * @param locale the language of messages
   */
  public DocumentReader(JsonLimits limits, Locale locale) {
    this.limits = limits;
    this.locale = locale;
    StreamReadConstraints.Builder constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength());
    // no STRICT_DUPLICATE_DETECTION: the shapes detect repeated keys with a bitset per record
    this.shortDocuments = JsonFactory.builder().streamReadConstraints(constraints.build()).build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints.maxTokenCount(limits.maxTokens()).build()).build();
    // each version's shapes are compiled when a document of it is first read, so that a run over
    // 1.0 documents pays nothing for 2.0's at start-up; the tests read both, so a model the reader
    // cannot read fails the build
  }

  /**
   * Reads UTF-8 bytes.
   *
   * @param json the document
   * @return the plan or the findings
   */
  public Result read(byte[] json) {
    int start = bomLength(json);
    if (json.length > limits.maxDocumentBytes()) {
      return fatal("json.limit.documentSize", null);
    }
    int utf8 = Utf8Check.scan(json);
    if (utf8 == Utf8Check.INVALID) {
      return encoding(json);
    }
    // a zero byte in the first four makes jackson-core read UTF-16 or UTF-32: not the wire format
    for (int i = start; i < Math.min(json.length, start + 4); i++) {
      if (json[i] == 0) {
        return fatal("json.encoding", new de.integrationsplan.core.validation.TextLocation(1, 1));
      }
    }
    // jackson-core skips one byte order mark itself; a second one is content, and a syntax error
    JsonFactory parsers = json.length <= limits.maxTokens() ? shortDocuments : factory;
    RecordView known;
    try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), json)) {
      known = root(p);
    }
    RecordView root = known != null ? known : ModelView.of(ModelView.newestRoot());
    Findings f = new Findings(root, locale, json, null, start, limits.maxNameLength(), limits.maxStringLength());
    f.checkSurrogates = utf8 == Utf8Check.SURROGATE_ESCAPE;
    Result result;
    try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), json)) {
      result = read(p, f);
    } catch (JacksonException e) {
      return fatal(e, f);
    }
    if (known == null || faultyVersion(result)) {
      result = versionUnknown(result);
    }
    return unplaced(result) ? new Result(null, locate(result.issues(), json)) : result;
  }

  /** Whether structural findings lack a place: missing properties, placed at the object that lacks them. */
  private static boolean unplaced(Result result) {
    for (ValidationIssue issue : result.issues()) {
      if (issue.location() == null && issue.source() == IssueSource.SCHEMA && !issue.pointer().isEmpty()) {
        return true;
      }
    }
    return false;
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

  /** The length of a UTF-8 byte order mark at the start: 3 or 0. */
  static int bomLength(byte[] json) {
    return json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF
        ? 3 : 0;
  }

  /**
   * The same findings, each placed in the document: for the findings the rules make on a plan
   * this reader read from the bytes.
   *
   * @param issues findings with pointers into the document
   * @param json the document
   * @return the findings with their lines and columns
   */
  public static List<ValidationIssue> locate(List<ValidationIssue> issues, byte[] json) {
    return locate(issues, PointerLocations.find(json, pointers(issues)));
  }

  /**
   * The same findings, each placed in the document, as {@link #locate(List, byte[])}.
   *
   * @param issues findings with pointers into the document
   * @param json the document
   * @return the findings with their lines and columns
   */
  public static List<ValidationIssue> locate(List<ValidationIssue> issues, String json) {
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    return locate(issues, PointerLocations.find(text, pointers(issues)));
  }

  private static List<String> pointers(List<ValidationIssue> issues) {
    return issues.stream().map(ValidationIssue::pointer).distinct().toList();
  }

  private static List<ValidationIssue> locate(List<ValidationIssue> issues,
      Map<String, de.integrationsplan.core.validation.TextLocation> places) {
    return issues.stream().map(i -> i.location() != null || !places.containsKey(i.pointer()) ? i
        : i.at(places.get(i.pointer())))
        .toList();
  }

  /**
   * Reads text.
   *
   * @param json the document
   * @return the plan or the findings
   */
  public Result read(String json) {
    // a byte order mark is skipped, as jackson-core skips it in bytes; columns count from after it
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    if (text.length() > limits.maxDocumentBytes()) {
      return fatal("json.limit.documentSize", null);
    }
    JsonFactory parsers = text.length() <= limits.maxTokens() ? shortDocuments : factory;
    RecordView known;
    try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), text)) {
      known = root(p);
    }
    RecordView root = known != null ? known : ModelView.of(ModelView.newestRoot());
    Findings f = new Findings(root, locale, null, text, 0, limits.maxNameLength(), limits.maxStringLength());
    f.checkSurrogates = mayHoldSurrogates(text);
    Result result;
    try (JsonParser p = parsers.createParser(ObjectReadContext.empty(), text)) {
      result = read(p, f);
    } catch (JacksonException e) {
      return fatal(e, f);
    }
    if (known == null || faultyVersion(result)) {
      result = versionUnknown(result);
    }
    return unplaced(result) ? new Result(null, locate(result.issues(), text)) : result;
  }

  /**
   * Reads a stream of UTF-8 bytes, which stays open, into memory first.
   *
   * @param json the stream
   * @return the plan or the findings; a stream that cannot be read gives {@code json.io}
   */
  public Result read(InputStream json) {
    byte[] bytes;
    try {
      bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    } catch (IOException e) {
      return new Result(null, List.of(JsonErrors.io(locale).toIssue()));
    }
    return read(bytes);
  }

  private Result read(JsonParser p, Findings f) {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        return fatal("json.empty", null);
      }
      Object plan = ShapeCompiler.record(f.root.type()).read(p, first, f);
      if (p.nextToken() != null) {
        return fatal("json.trailingContent", f.location(p.currentTokenLocation()));
      }
      return plan == ValueShape.FAULT ? new Result(null, f.issues()) : new Result((Plan) plan, List.of());
    } catch (Fatal e) {
      return fatal(f.root, e.code, e.pointer == null ? "" : Pointers.withinModel(f.root, e.pointer),
          f.location(p.currentTokenLocation()));
    } catch (StackOverflowError e) {
      return fatal("json.limit.depth", null);
    }
  }

  private Result fatal(JacksonException e, Findings f) {
    PlanFormatException translated = JsonErrors.translate(e, locale);
    return new Result(null, List.of(new ValidationIssue(Severity.ERROR, translated.code(), "", IssueSource.PARSER,
        translated.getMessage(), f.location(e.getLocation()))));
  }

  private Result fatal(String code, de.integrationsplan.core.validation.@Nullable TextLocation location) {
    return fatal(ModelView.of(ModelView.newestRoot()), code, "", location);
  }

  private Result fatal(RecordView root, String code, String pointer,
      de.integrationsplan.core.validation.@Nullable TextLocation location) {
    return new Result(null, List.of(new ValidationIssue(Severity.ERROR, code, pointer, IssueSource.PARSER,
        FindingMessages.render(root, code, pointer, locale, Map.of(), null), location)));
  }

  /**
   * The root of the major version that the document's {@code schemaVersion} names, found by
   * reading the top level up to that member and skipping every other value; the newest major when
   * the member is missing, is no version this library knows, or the document breaks off first.
   */
  static @Nullable RecordView root(JsonParser p) {
    try {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          boolean version = "schemaVersion".equals(p.currentName());
          JsonToken value = p.nextToken();
          if (version) {
            Class<?> root = value == JsonToken.VALUE_STRING ? knownRoot(p.getString()) : null;
            return root == null ? null : ModelView.of(root);
          }
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      // the reading proper reports it
    }
    return null;
  }

  /** Whether a reading found {@code schemaVersion} itself faulty: a minor its model does not know. */
  private static boolean faultyVersion(Result result) {
    for (ValidationIssue issue : result.issues()) {
      if (issue.pointer().equals("/schemaVersion")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reading of a document whose version is not known (no major this library has, or a minor
   * newer than its model): its parser finding if it is no JSON, else only what is wrong at
   * {@code /schemaVersion}.
   */
  private static Result versionUnknown(Result result) {
    List<ValidationIssue> kept = new java.util.ArrayList<>();
    for (ValidationIssue issue : result.issues()) {
      if (issue.source() == IssueSource.PARSER || issue.pointer().equals("/schemaVersion")) {
        kept.add(issue);
      }
    }
    return kept.isEmpty() ? result : new Result(null, kept);
  }

  /**
   * The root of the major version a {@code major.minor} version names.
   *
   * @param version a {@code schemaVersion}
   * @return that major's root, or the newest root for anything else
   */
  public static Class<?> rootOf(String version) {
    Class<?> root = knownRoot(version);
    return root == null ? ModelView.newestRoot() : root;
  }

  /** The root of the major a {@code major.minor} version names, or {@code null}. */
  private static @Nullable Class<?> knownRoot(String version) {
    int dot = version.indexOf('.');
    if (dot < 1 || dot > 3 || dot > 1 && version.charAt(0) == '0') {
      return null;
    }
    int major = 0;
    for (int i = 0; i < dot; i++) {
      char c = version.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      major = major * 10 + (c - '0');
    }
    return ModelView.rootOfMajor(major).orElse(null);
  }

  /** Bytes that are not strict UTF-8: the checking stream finds the place (rare, so read again). */
  private Result encoding(byte[] json) {
    try (InputStream in = Utf8Check.checking(new ByteArrayInputStream(json))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (Utf8Check.InvalidUtf8 bad) {
      return new Result(null, List.of(JsonErrors.encoding(bad, locale).toIssue()));
    } catch (IOException e) {
      // not from memory
    }
    return fatal("json.encoding", null);
  }
}
