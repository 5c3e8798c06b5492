package de.integrationsplan.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.integrationsplan.core.model.v1.ChainSamples;
import de.integrationsplan.core.model.v1.ChainSamples.ChainLeaf;
import de.integrationsplan.core.model.v1.ChainSamples.ChainRoot;
import de.integrationsplan.core.testing.HibernateJudge;
import de.integrationsplan.core.validation.ValidationIssue;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule engine's {@code ConstraintValidatorContext} gives the findings Hibernate Validator gives:
 * for every chain of the violation builder that a validator may use, at every kind of place a
 * constraint sits, the same pointers, codes, severities and messages, and an exception where
 * Hibernate Validator throws one.
 */
final class ViolationPathsTest {

  private static final RecordRules RULES = RuleCompiler.compile(ChainRoot.class).root();

  /**
   * Chains that change the node holding the root bean: in Hibernate Validator that node is one shared
   * constant, and changing it would change every later validation in the JVM.
   */
  private static final Set<String> NOT_AT_THE_ROOT = Set.of("firstInIterable", "firstInIterableWithoutIndex",
      "firstInIterableAndDefault", "startTwice");

  enum Place {
    ROOT, LEAF_IN_LIST, LEAF_IN_COMPONENT, COMPONENT, LIST_ELEMENT;

    ChainRoot plan(String chain) {
      String none = "none";
      return new ChainRoot(this == ROOT ? chain : none,
          List.of(new ChainLeaf(none), new ChainLeaf(this == LEAF_IN_LIST ? chain : none)),
          new ChainLeaf(this == LEAF_IN_COMPONENT ? chain : none),
          this == COMPONENT ? chain : none,
          List.of(none, none, this == LIST_ELEMENT ? chain : none));
    }
  }

  static Stream<Arguments> chainsAtPlaces() {
    List<Arguments> all = new ArrayList<>();
    for (String chain : new TreeSet<>(ChainSamples.CHAINS.keySet())) {
      for (Place place : Place.values()) {
        if (place != Place.ROOT || !NOT_AT_THE_ROOT.contains(chain)) {
          all.add(Arguments.of(chain, place));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "the chain {0} at the place {1} gives Hibernate Validator''s findings")
  @MethodSource("chainsAtPlaces")
  void givesHibernateValidatorsFindings(String chain, Place place) {
    ChainRoot plan = place.plan(chain);
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      Throwable theirs = catchThrowable(() -> HibernateJudge.issues(plan, locale));
      Throwable ours = catchThrowable(() -> engine(plan, locale));
      if (theirs != null) {
        assertThat(theirs).isInstanceOf(ValidationException.class);
        assertThat(ours).as("Hibernate Validator threw %s", theirs).isInstanceOf(ValidationException.class);
        continue;
      }
      assertThat(ours).isNull();
      assertThat(engine(plan, locale)).isEqualTo(HibernateJudge.issues(plan, locale));
    }
  }

  private static List<ValidationIssue> engine(Object plan, Locale locale) {
    RuleContext context = new RuleContext();
    RULES.check(plan, context);
    return HibernateJudge.sorted(context.report(de.integrationsplan.core.internal.model.ModelView.root(plan.getClass()), locale).issues());
  }
}
