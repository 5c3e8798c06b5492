package de.integrationsplan.examples;

import de.integrationsplan.synthetic.SyntheticPlans;
import de.integrationsplan.testing.ConformanceCase;
import de.integrationsplan.testing.ConformanceCorpus;
import de.integrationsplan.testing.Finding;
import de.integrationsplan.testing.Mutant;
import de.integrationsplan.testing.PlanMutations;
import de.integrationsplan.testing.ReferenceOracle;
import de.integrationsplan.testing.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * What docs/testing.md shows a vendor: its own validator held to the conformance corpus and to
 * mutants of generated plans, with the module {@code integrationsplan-testing}. The docs show the
 * bodies of these methods line for line; the tests run them with the library's validators and with
 * a validator that misses a fault.
 */
public final class TestingYourSoftware {

  private TestingYourSoftware() {}

  /**
   * Your validator's findings as a verdict: here, one finding of code and pointer, as any validator
   * has them.
   *
   * @return the verdict of a document that lacks the person's pseudonym
   */
  public static Verdict yourFindings() {
    Verdict verdict = Verdict.of(List.of(Finding.error("schema.required", "/person/pseudonym")));
    return verdict;
  }

  /**
   * Holds a complete validator (structure and rules) to the corpus and to 200 structural mutants.
   *
   * @param yourValidator what your validator says of a document, as a verdict
   * @return every disagreement, one line each; empty when your validator agrees everywhere
   */
  public static List<String> checkComplete(Function<byte[], Verdict> yourValidator) {
    List<String> disagreements = new ArrayList<>();
    for (ConformanceCase c : ConformanceCorpus.load().cases()) {
      for (String d : c.disagreements(yourValidator.apply(c.document()))) {
        disagreements.add(c.name() + ": " + d);                  // e.g. missing ERROR schema.required at "/id"
      }
    }

    ReferenceOracle reference = ReferenceOracle.create();
    PlanMutations mutations = PlanMutations.create();
    SyntheticPlans plans = SyntheticPlans.withSeed(7);
    Random random = new Random(7);                                 // the same seed, the same mutants
    for (int i = 0; i < 200; i++) {
      Mutant mutant = mutations.structural(plans.plan(i), random);
      Verdict expected = reference.verdict(mutant.document());
      for (String d : yourValidator.apply(mutant.document()).differencesFrom(expected)) {
        disagreements.add(mutant + ": " + d);
      }
    }
    return disagreements;
  }

  /**
   * Holds a validator of the JSON Schema alone to the corpus and to 200 structural mutants: it
   * must accept what the schema accepts, report every expected finding of each structural case,
   * and reject each mutant with an error at its pointer, whatever else it reports.
   *
   * @param yourSchemaValidator what your schema validator says of a document, as a verdict
   * @return every disagreement, one line each; empty when it agrees everywhere
   */
  public static List<String> checkSchemaOnly(Function<byte[], Verdict> yourSchemaValidator) {
    List<String> disagreements = new ArrayList<>();
    for (ConformanceCase c : ConformanceCorpus.load().cases()) {
      for (String d : c.schemaDisagreements(yourSchemaValidator.apply(c.document()))) {
        disagreements.add(c.name() + ": " + d);
      }
    }

    PlanMutations mutations = PlanMutations.create();
    SyntheticPlans plans = SyntheticPlans.withSeed(7);
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      Mutant mutant = mutations.structural(plans.plan(i), random);
      boolean atItsPointer = yourSchemaValidator.apply(mutant.document()).structural().stream()
          .anyMatch(f -> f.pointer().equals(mutant.pointer()));   // where every validator must report it
      if (!atItsPointer) {
        disagreements.add(mutant + ": no error at its pointer");
      }
    }
    return disagreements;
  }
}
