package de.integrationsplan.testing;

import de.integrationsplan.core.json.JsonLimits;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.PlanValidator;
import de.integrationsplan.schema.SchemaValidator;
import java.util.Locale;
import java.util.Objects;

/**
 * The reference verdicts to compare your validator with, on any document: what the library says
 * of it ({@link #verdict(byte[])}: {@link PlanValidator}, structure and rules), and what networknt's
 * validation against the published JSON Schema alone says ({@link #schemaVerdict(byte[])}:
 * {@code SchemaValidator}, the view of every other vendor's schema validator). On the structure
 * the two agree, code and pointer: the library's reader is held to networknt by
 * {@link ReaderAgreement}.
 *
 * <pre>{@code
 * ReferenceOracle reference = ReferenceOracle.create();
 * Mutant mutant = PlanMutations.create().structural(plan, new Random(7));
 * List<String> differences = mine(mutant.document()).differencesFrom(reference.verdict(mutant.document()));
 * }</pre>
 *
 * <p>A document with a structural fault is not read into a plan, so its verdict has no rule
 * findings; compare a validator that checks no rules with {@link Verdict#withoutRules()}.
 * Instances are immutable and thread-safe; make one and share it.
 */
public final class ReferenceOracle {

  private final PlanValidator library;
  private final SchemaValidator schema;

  private ReferenceOracle(JsonLimits limits) {
    this.library = PlanValidator.builder().locale(Locale.ENGLISH).limits(limits).build();
    this.schema = SchemaValidator.create(Locale.ENGLISH, limits);
  }

  /**
   * The oracle with the library's default limits ({@link JsonLimits#defaults()}), the limits the
   * corpus's expectations assume.
   *
   * @return the oracle
   */
  public static ReferenceOracle create() {
    return create(JsonLimits.defaults());
  }

  /**
   * The oracle with other limits for reading documents.
   *
   * @param limits the limits
   * @return the oracle
   */
  public static ReferenceOracle create(JsonLimits limits) {
    return new ReferenceOracle(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The library's complete verdict on a document: structure, then, if it was read into a plan,
   * the rules.
   *
   * @param document the document as bytes, UTF-8 or not
   * @return the verdict
   */
  public Verdict verdict(byte[] document) {
    return Verdict.of(library.validate(Objects.requireNonNull(document, "document")));
  }

  /**
   * The library's complete verdict on a document given as text.
   *
   * @param document the document
   * @return the verdict
   */
  public Verdict verdict(String document) {
    return Verdict.of(library.validate(Objects.requireNonNull(document, "document")));
  }

  /**
   * The library's verdict on a plan built in Java: the rules, including the model's constraints
   * on single values ({@code value.*}, where a document would have {@code schema.*}); rule
   * findings only.
   *
   * @param plan the plan
   * @return the verdict
   */
  public Verdict verdict(IntegrationPlan plan) {
    return Verdict.of(library.validate(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * networknt's verdict on a document against the published JSON Schema alone (draft 2020-12,
   * format assertions on): structural findings only. A document that is not JSON gets the
   * library's parser finding.
   *
   * @param document the document as bytes
   * @return the verdict
   */
  public Verdict schemaVerdict(byte[] document) {
    return Verdict.of(schema.validate(Objects.requireNonNull(document, "document")));
  }

  /**
   * networknt's verdict on a document given as text against the published JSON Schema alone.
   *
   * @param document the document
   * @return the verdict
   */
  public Verdict schemaVerdict(String document) {
    return Verdict.of(schema.validate(Objects.requireNonNull(document, "document")));
  }
}
