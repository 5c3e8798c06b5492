package de.integrationsplan.testing;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.schema.PlanSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutated plan documents, to see that a validator rejects what it must and says where:
 *
 * <ul>
 *   <li>{@link #structural}: exactly one fault the published JSON Schema states (a required
 *       property left out, an unknown one added, a wrong type, a value outside its code list,
 *       pattern, format, length or range, ...), chosen from the schema itself, with the JSON
 *       Pointer where every validator must report an error;
 *   <li>{@link #tokens}: one JSON token changed, inserted or dropped (a number as a string, a
 *       repeated key, deep nesting, content after the document, ...);
 *   <li>{@link #bytes}: raw bytes dropped, inserted, replaced or repeated, well-formed UTF-8 or
 *       not;
 *   <li>{@link #jsonValue}: a JSON value of any shape, for extension values and the like.
 * </ul>
 *
 * <p>Start from valid plans, such as those of the generator
 * ({@link de.integrationsplan.synthetic.SyntheticPlans}), and compare your validator's verdict on
 * each mutant with the reference's ({@link ReferenceOracle}):
 *
 * <pre>{@code
 * PlanMutations mutations = PlanMutations.create();
 * Random random = new Random(42);                       // the same seed, the same mutants
 * Mutant mutant = mutations.structural(SyntheticPlans.withSeed(7).plan(0), random);
 * mutant.pointer();                                     // where the fault must be reported
 * }</pre>
 *
 * <p>Every method is deterministic: the same document and a {@link Random} in the same state give
 * the same mutant. A structural fault follows the schema of the version the document's
 * {@code schemaVersion} names ({@code PlanSchema.versionFor}), as the reader and every schema
 * validator choose it: a 2.0 plan gets faults of schema 2.0. The schemas are read once, on {@link #create()}; instances are immutable and
 * thread-safe (a {@code Random} is not: give each thread its own).
 */
public final class PlanMutations {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** A mutator per version of the schema, each on the schema of its version. */
  private final Map<String, StructuralMutator> structural = new HashMap<>();
  private final PlanJson writer = PlanJson.create();

  private PlanMutations() {
    for (String version : PlanSchema.versions()) {
      structural.put(version, new StructuralMutator(version, JSON.readTree(PlanSchema.text(version))));
    }
  }

  /**
   * The mutations, guided by the published schema.
   *
   * @return the mutations
   */
  public static PlanMutations create() {
    return new PlanMutations();
  }

  /**
   * A mutant with exactly one structural fault, at a random place: first a kind of fault among
   * those that have a place in this document, then one of those places.
   *
   * @param document a plan document that is valid for the schema, as UTF-8 JSON; not changed
   * @param random the source of the choices
   * @return the mutant, of level {@link Mutation.Level#STRUCTURAL}, with its pointer
   * @throws IllegalArgumentException if the document is not JSON, or has a property the schema
   *     does not know
   */
  public Mutant structural(byte[] document, Random random) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(random, "random");
    JsonNode tree;
    try {
      tree = JSON.readTree(document);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the document is not JSON: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("the document is not a JSON object");
    }
    // the schema of the version the document names, as the reader and SchemaValidator choose it
    JsonNode schemaVersion = tree.get("schemaVersion");
    String version = PlanSchema.versionFor(schemaVersion != null && schemaVersion.isString()
        ? schemaVersion.stringValue() : null);
    StructuralMutator.Made made = structural.get(version).mutate(tree, random);
    return new Mutant(made.mutation(), made.pointer(), made.what(), JSON.writeValueAsBytes(tree));
  }

  /**
   * A mutant of a plan with exactly one structural fault: the plan written in the wire format,
   * then {@link #structural(byte[], Random)}.
   *
   * @param plan a valid plan, of any version of the format
   * @param random the source of the choices
   * @return the mutant, with its pointer
   */
  public Mutant structural(Plan plan, Random random) {
    return structural(writer.writeBytes(Objects.requireNonNull(plan, "plan")), random);
  }

  /**
   * A mutant with one JSON token changed, inserted or dropped, or content before or after the
   * document: first a kind among those with a token to apply to, then one such token. The result
   * may still be valid (a property name repeated with the same value is not), or not JSON at all.
   *
   * @param document a JSON document as UTF-8 (valid for the schema or not; repeated keys are
   *     allowed); not changed
   * @param random the source of the choices
   * @return the mutant, of level {@link Mutation.Level#TOKEN}
   * @throws IllegalArgumentException if the document is not JSON
   */
  public Mutant tokens(byte[] document, Random random) {
    return TokenMutator.mutate(Objects.requireNonNull(document, "document"), Objects.requireNonNull(random, "random"));
  }

  /**
   * A mutant with raw bytes dropped, inserted, replaced or repeated at a random offset. The result
   * may be anything: valid still (a space between tokens), not JSON, not UTF-8.
   *
   * @param document any bytes; not changed
   * @param random the source of the choices
   * @return the mutant, of level {@link Mutation.Level#BYTE}
   */
  public Mutant bytes(byte[] document, Random random) {
    return ByteMutator.mutate(Objects.requireNonNull(document, "document"), Objects.requireNonNull(random, "random"));
  }

  /**
   * A random JSON value as text, of every shape: strings with escapes and astral characters,
   * numbers at and beyond the limits of {@code int}, {@code long} and {@code double}, booleans,
   * {@code null}, nested arrays and objects with repeated keys, and near misses that are not JSON
   * at all ({@code 1.}, {@code NaN}, {@code +1}, a trailing comma, a lone surrogate escape).
   * Extension values take any JSON but {@code null}; put such a value there to test a reader.
   *
   * @param random the source of the choices
   * @return the text of the value
   */
  public String jsonValue(Random random) {
    return JsonValues.value(Objects.requireNonNull(random, "random"), 0);
  }
}
