package de.integrationsplan.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsplan.core.model.v1.RuleSamples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Whatever the compiler cannot decide exactly stops it, loudly: no rule is ever left out. */
final class RuleCompilerFailsClosedTest {

  @Test
  void refusesWhatItCannotDecide() {
    for (Class<?> type : List.of(RuleSamples.UnknownBuiltIn.class, RuleSamples.UnsupportedValueType.class,
        RuleSamples.BuiltInOnOtherNumber.class, RuleSamples.OtherGroup.class, RuleSamples.OtherPayload.class,
        RuleSamples.Twice.class, RuleSamples.LegacyCascade.class, RuleSamples.Converted.class,
        RuleSamples.CascadeIntoNonRecord.class, RuleSamples.WithTwoValidators.class, RuleSamples.WithComposed.class,
        RuleSamples.WrongType.class)) {
      assertThatThrownBy(() -> RuleCompiler.compile(type)).as(type.getSimpleName())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot be built");
    }
  }

  @Test
  void typesTheModelViewDoesNotKnowAreRefusedByTheView() {
    for (Class<?> type : List.of(RuleSamples.MapElements.class, RuleSamples.OptionalCascade.class,
        RuleSamples.NestedElements.class, RuleSamples.UnknownType.class)) {
      assertThatThrownBy(() -> RuleCompiler.compile(type)).as(type.getSimpleName())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("model view");
    }
  }

  @Test
  void reportsWhatItKnows() {
    RecordRules rules = RuleCompiler.compile(RuleSamples.Leaf.class).root();
    assertThat(report(rules, new RuleSamples.Leaf("x"))).isEmpty();
    assertThat(report(rules, new RuleSamples.Leaf("\u2003")))
        .as("Unicode space is blank for String.isBlank, as for Hibernate Validator 9.1")
        .containsExactly("/s value.blank");
  }

  @Test
  void choosesAmongValidatorsByTheValidatedType() {
    RecordRules rules = RuleCompiler.compile(RuleSamples.WithValidatorPerType.class).root();
    assertThat(report(rules, new RuleSamples.WithValidatorPerType("good"))).isEmpty();
    assertThat(report(rules, new RuleSamples.WithValidatorPerType("bad"))).hasSize(1);
  }

  private static List<String> report(RecordRules rules, Object value) {
    RuleContext context = new RuleContext();
    rules.check(value, context);
    return context.report(de.integrationsplan.core.internal.model.ModelView.root(value.getClass()), Locale.GERMAN).issues().stream().map(i -> i.pointer() + " " + i.code()).toList();
  }
}
