package de.integrationsplan.core.internal.check;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a list's element type ({@code List<@Pattern(...) String>}, {@code List<@Valid Goal>}),
 * applied to every element, {@code null} elements included, as Hibernate Validator's list value
 * extractor hands every element to them. A {@code null} list has no elements.
 */
final class EachElement implements Rule {

  private final Rule[] rules;

  EachElement(Rule[] rules) {
    this.rules = rules;
  }

  @Override
  public boolean test(@Nullable Object value) {
    if (value == null) {
      return true;
    }
    List<?> list = (List<?>) value;
    for (Object element : list) {
      for (Rule rule : rules) {
        if (!rule.test(element)) {
          return false;
        }
      }
    }
    return true;
  }
}
