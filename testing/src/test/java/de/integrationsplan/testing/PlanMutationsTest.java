package de.integrationsplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mutants: deterministic from the seed, of the level asked for, changed, and for a structural
 * fault with a pointer into the document; every kind of mutation occurs.
 */
final class PlanMutationsTest {

  private static final PlanMutations MUTATIONS = PlanMutations.create();
  private static final SyntheticPlans PLANS = SyntheticPlans.withSeed(7);
  private static final PlanJson JSON = PlanJson.create();

  @Test
  void theSameSeedGivesTheSameMutants() {
    byte[] document = JSON.writeBytes(PLANS.plan(3));
    for (long seed = 0; seed < 20; seed++) {
      assertThat(MUTATIONS.structural(document, new Random(seed))).isEqualTo(MUTATIONS.structural(document, new Random(seed)));
      assertThat(MUTATIONS.tokens(document, new Random(seed))).isEqualTo(MUTATIONS.tokens(document, new Random(seed)));
      assertThat(MUTATIONS.bytes(document, new Random(seed))).isEqualTo(MUTATIONS.bytes(document, new Random(seed)));
      assertThat(MUTATIONS.jsonValue(new Random(seed))).isEqualTo(MUTATIONS.jsonValue(new Random(seed)));
    }
  }

  @Test
  void aStructuralMutantNamesAPointerIntoTheDocumentItChanged() {
    Random random = new Random(1);
    for (int i = 0; i < 200; i++) {
      IntegrationPlan plan = PLANS.plan(i);
      byte[] original = JSON.writeBytes(plan);
      Mutant m = MUTATIONS.structural(plan, random);
      assertThat(m.mutation().level()).isEqualTo(Mutation.Level.STRUCTURAL);
      assertThat(m.pointer()).as("pointer of %s", m).isNotNull();
      assertThat(m.document()).as("document of %s", m).isNotEqualTo(original);
      JsonNode tree = JsonMapper.builder().build().readTree(m.document());
      String parent = m.pointer().isEmpty() ? "" : m.pointer().substring(0, m.pointer().lastIndexOf('/'));
      assertThat(tree.at(parent).isMissingNode()).as("the place of %s is in the document", m).isFalse();
      assertThat(m.description()).isNotBlank();
    }
  }

  @Test
  void everyKindOfMutationOccurs() {
    Set<Mutation> seen = EnumSet.noneOf(Mutation.class);
    Random random = new Random(2);
    for (int i = 0; i < 600; i++) {
      byte[] document = JSON.writeBytes(PLANS.plan(i));
      seen.add(MUTATIONS.structural(document, random).mutation());
      seen.add(MUTATIONS.tokens(document, random).mutation());
      seen.add(MUTATIONS.bytes(document, random).mutation());
    }
    assertThat(seen).containsExactlyInAnyOrder(Mutation.values());
  }

  @Test
  void tokenAndByteMutantsChangeTheDocumentAndNameNoPointer() {
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      byte[] document = JSON.writeBytes(PLANS.plan(i));
      Mutant tokens = MUTATIONS.tokens(document, random);
      Mutant bytes = MUTATIONS.bytes(document, random);
      assertThat(tokens.mutation().level()).isEqualTo(Mutation.Level.TOKEN);
      assertThat(bytes.mutation().level()).isEqualTo(Mutation.Level.BYTE);
      assertThat(tokens.pointer()).isNull();
      assertThat(bytes.pointer()).isNull();
      assertThat(tokens.document()).as("%s", tokens).isNotEqualTo(document);
      assertThat(bytes.document()).as("%s", bytes).isNotEqualTo(document);
    }
  }

  @Test
  void leavesTheGivenDocumentAsItIs() {
    byte[] document = JSON.writeBytes(PLANS.plan(0));
    byte[] copy = document.clone();
    Random random = new Random(4);
    for (int i = 0; i < 50; i++) {
      MUTATIONS.structural(document, random);
      MUTATIONS.tokens(document, random);
      MUTATIONS.bytes(document, random);
    }
    assertThat(document).isEqualTo(copy);
  }

  @Test
  void mutatesTheBytesOfAnEmptyDocumentByInsertingSome() {
    Random random = new Random(5);
    for (int i = 0; i < 50; i++) {
      assertThat(MUTATIONS.bytes(new byte[0], random).document()).isNotEmpty();
    }
  }

  @Test
  void rejectsWhatItCannotMutate() {
    assertThatThrownBy(() -> MUTATIONS.tokens("{\"a\":".getBytes(StandardCharsets.UTF_8), new Random(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the document is not JSON");
    assertThatThrownBy(() -> MUTATIONS.structural("[1]".getBytes(StandardCharsets.UTF_8), new Random(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the document is not a JSON object");
    assertThatThrownBy(() -> MUTATIONS.structural("{\"vendorField\":1}".getBytes(StandardCharsets.UTF_8), new Random(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the schema has no property /vendorField");
  }

  @Test
  void aMutantIsAValueThatPrintsWithoutItsDocument() {
    Mutant m = new Mutant(Mutation.REMOVE_REQUIRED, "/person/pseudonym", "removed required pseudonym",
        "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(m).hasToString("REMOVE_REQUIRED at \"/person/pseudonym\" (removed required pseudonym)");
    assertThatThrownBy(() -> new Mutant(Mutation.SPACE_INSERTED, "/id", "x", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
