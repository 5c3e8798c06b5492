package de.integrationsplan.core.internal.validation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a list's element type ({@code List<@Pattern(...) String>}, {@code List<@Valid Goal>}),
 * applied to every element, {@code null} elements included, as Hibernate Validator's list value
 * extractor hands every element to them. A {@code null} list has no elements. The element's index
 * goes in front of what its rules find: {@code /2}, then the list's name in front of that.
 */
final class EachElement implements Rule {

  private final Rule[] rules;

  EachElement(Rule[] rules) {
    this.rules = rules;
  }

  @Override
  public void check(@Nullable Object value, RuleContext context) {
    if (value == null) {
      return;
    }
    List<?> list = (List<?>) value;
    for (int i = 0, n = list.size(); i < n; i++) {
      Object element = list.get(i);
      int mark = context.mark();
      for (Rule rule : rules) {
        rule.check(element, context);
      }
      if (context.mark() > mark) {
        context.atIndex(mark, i);
      }
    }
  }
}
