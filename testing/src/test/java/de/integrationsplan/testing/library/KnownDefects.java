package de.integrationsplan.testing.library;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.json.PlanFormatException;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.ValidationIssue;
import de.integrationsplan.schema.SchemaValidator;
import de.integrationsplan.testing.ReaderAgreement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreement of the reader and networknt ({@link ReaderAgreement}) as the library's tests check
 * it, with the defects known today let through, each with its reason and an example. Every defect
 * is checked to be still there ({@code KnownDefectsTest}): once it is fixed, the build fails until
 * it is removed from here. The published {@link ReaderAgreement} lets none of them through.
 */
final class KnownDefects {

  /** A known disagreement: what it is, and a document that shows it. */
  enum Defect {
    /**
     * A number beyond {@code long} with an exponent for an integer with bounds
     * ({@code "birthYear": 1e400}): networknt's {@code MinimumValidator} throws a
     * {@code JsonNodeException} ({@code asLong()} of the decimal) instead of reporting it; the
     * reader reports {@code schema.maximum}.
     */
    NETWORKNT_THROWS_ON_A_DECIMAL_BEYOND_LONG(HostileDocuments.PLAN_HEAD.replace("\"p-1\"}",
        "\"p-1\",\"birthYear\":1e400}") + "}");

    final String example;

    Defect(String example) {
      this.example = example;
    }
  }

  /** The check with default limits. */
  static final KnownDefects DEFAULTS = new KnownDefects(JsonLimits.defaults());

  private static final JsonMapper TREES = JsonMapper.builder().build();

  private final ReaderAgreement agreement;
  private final PlanJson reader;
  private final SchemaValidator judge;

  KnownDefects(JsonLimits limits) {
    this.agreement = ReaderAgreement.create(limits);
    this.reader = PlanJson.builder().limits(limits).locale(Locale.ENGLISH).build();
    this.judge = SchemaValidator.create(Locale.ENGLISH, limits);
  }

  /** {@link ReaderAgreement#check(byte[])}, but for the known defects. */
  @Nullable Plan check(byte[] json) {
    try {
      return agreement.check(json);
    } catch (AssertionError | RuntimeException e) {
      if (explain(e, () -> readerFindings(() -> reader.read(json)), () -> findings(judge.validate(json).issues()),
          new String(json, StandardCharsets.UTF_8)) == null) {
        throw e;
      }
      return null;
    }
  }

  /** {@link ReaderAgreement#check(String)}, but for the known defects. */
  @Nullable Plan check(String json) {
    try {
      return agreement.check(json);
    } catch (AssertionError | RuntimeException e) {
      if (explain(json, e) == null) {
        throw e;
      }
      return null;
    }
  }

  /** The known defect that explains a failure of the check on a text, or {@code null}. */
  @Nullable Defect explain(String json, Throwable failure) {
    return explain(failure, () -> readerFindings(() -> reader.read(json)), () -> findings(judge.validate(json).issues()),
        json);
  }

  /** The known defect that explains a failure of the check, or {@code null}. */
  static @Nullable Defect explain(Throwable failure, Supplier<Set<String>> reader, Supplier<Set<String>> judge,
      String text) {
    if (!(failure instanceof AssertionError)) {
      for (StackTraceElement frame : failure.getStackTrace()) {
        if (frame.getClassName().startsWith("com.networknt.schema.keyword.M")
            && (frame.getClassName().contains("MinimumValidator") || frame.getClassName().contains("MaximumValidator"))
            && failure.getMessage() != null && failure.getMessage().contains("to `long`")) {
          return Defect.NETWORKNT_THROWS_ON_A_DECIMAL_BEYOND_LONG;
        }
      }
      return null;
    }
    return null;
  }

  private static Set<String> readerFindings(Supplier<Plan> read) {
    try {
      read.get();
      return Set.of();
    } catch (PlanFormatException e) {
      return findings(e.issues());
    }
  }

  private static Set<String> findings(List<ValidationIssue> issues) {
    Set<String> set = new TreeSet<>();
    for (ValidationIssue i : issues) {
      set.add(i.code() + " at \"" + i.pointer() + "\"");
    }
    return set;
  }
}
