package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.RecordView;
import org.jspecify.annotations.Nullable;

/**
 * The compiled rules of one record type: its class-level constraints, then each component's
 * constraints, list walks and cascades, in the order of the components. Used as the rule of a
 * {@code @Valid} cascade too: {@code null} is valid, as Hibernate Validator does not cascade into
 * {@code null}. What a component's rules find gets the component's name in front; what the
 * class-level rules find is left to the list or record that holds this one.
 */
final class RecordRules implements Rule {

  private final RecordView view;
  private Rule[] classRules = {};
  private Component[] components = {};
  private Rule[][] componentRules = {};
  /** Per component, its pointer token, {@code /name} escaped. */
  private String[] tokens = {};
  private boolean defined;

  RecordRules(RecordView view) {
    this.view = view;
  }

  /**
   * Completes the rules; called once by the compiler, before they are published. Components without
   * rules are left out: they are not even read.
   */
  void define(Rule[] classRules, Component[] components, Rule[][] componentRules, String[] tokens) {
    int n = 0;
    for (Rule[] rules : componentRules) {
      n += rules.length == 0 ? 0 : 1;
    }
    Component[] kept = new Component[n];
    Rule[][] keptRules = new Rule[n][];
    String[] keptTokens = new String[n];
    for (int i = 0, j = 0; i < components.length; i++) {
      if (componentRules[i].length > 0) {
        kept[j] = components[i];
        keptRules[j] = componentRules[i];
        keptTokens[j++] = tokens[i];
      }
    }
    this.classRules = classRules;
    this.components = kept;
    this.componentRules = keptRules;
    this.tokens = keptTokens;
    this.defined = true;
  }

  /**
   * Whether these rules can find nothing: no class-level rule and no component with a rule. Rules
   * still being compiled (a record that holds itself, deeper down) are not empty.
   */
  boolean isEmpty() {
    return defined && classRules.length == 0 && components.length == 0;
  }

  @Override
  public void check(@Nullable Object value, RuleContext context) {
    if (value == null) {
      return;
    }
    for (Rule rule : classRules) {
      rule.check(value, context);
    }
    for (int i = 0; i < components.length; i++) {
      Object component = components[i].read(value);
      int mark = context.mark();
      for (Rule rule : componentRules[i]) {
        rule.check(component, context);
      }
      if (context.mark() > mark) {
        context.under(mark, tokens[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "rules of " + view.name();
  }
}
